package se.koordinera.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import se.koordinera.shared.FieldProblem;

/**
 * Every error the servlet container forwards to {@code /error} (unknown URLs, a bad path or
 * parameter refused before a controller ran, 405, 415, uncaught 500s, refusals of the request
 * filters): a Swedish page for the browser, problem details for the API. Never Spring's English
 * Whitelabel page, and never the name of a Java class or an exception message.
 */
@Controller
public class ErrorPages implements ErrorController {

    /** Request attribute: a Swedish explanation set by whoever refused the request (a filter, a handler). */
    public static final String DETAIL = ErrorPages.class.getName() + ".detail";
    /** Request attribute: the {@link FieldProblem}s of a refused request. */
    public static final String ERRORS = ErrorPages.class.getName() + ".errors";

    private final tools.jackson.databind.json.JsonMapper json;

    public ErrorPages(tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    org.springframework.web.servlet.ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        int status = status(request);
        if (isApi(request)) {
            // An API client that also accepts HTML still gets problem details.
            ResponseEntity<Map<String, Object>> problem = problemEntity(request, status);
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem.getBody());
            return null;
        }
        org.springframework.web.servlet.ModelAndView page = new org.springframework.web.servlet.ModelAndView("web/error");
        response.setStatus(status);
        page.addObject("status", status);
        page.addObject("title", title(status));
        page.addObject("detail", detail(request, status));
        return page;
    }

    @RequestMapping("/error")
    @ResponseBody
    ResponseEntity<Map<String, Object>> problem(HttpServletRequest request) {
        return problemEntity(request, status(request));
    }

    private static ResponseEntity<Map<String, Object>> problemEntity(HttpServletRequest request, int status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail(request, status));
        Object errors = request.getAttribute(ERRORS);
        if (errors instanceof List<?> list && !list.isEmpty()) {
            body.put("errors", list);
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            body.put("instance", uri.toString());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        return path.startsWith(request.getContextPath() + "/api/");
    }

    static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        return status < 400 ? 500 : status;
    }

    static String detail(HttpServletRequest request, int status) {
        Object detail = request.getAttribute(DETAIL);
        if (detail instanceof String s && !s.isBlank()) {
            return s;
        }
        return switch (status) {
            case 400 -> "Adressen eller uppgifterna i begäran har fel format. Kontrollera dem och försök igen.";
            case 401 -> "Du behöver logga in.";
            case 403 -> "Du saknar behörighet för detta.";
            case 404 -> "Sidan eller uppgiften finns inte. Kontrollera adressen eller gå till startsidan.";
            case 405 -> "Det här sättet att skicka begäran stöds inte på den här adressen.";
            case 406 -> "Svaret kan inte ges i det format som begärdes.";
            case 413 -> "Begäran är för stor.";
            case 415 -> "Innehållet i begäran har ett format som inte stöds.";
            case 429 -> "För många försök. Vänta en stund och försök igen.";
            case 503 -> "Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.";
            default -> status >= 500 ? "Ett oväntat fel inträffade. Försök igen eller kontakta support."
                    : "Begäran kunde inte utföras.";
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Felaktig begäran";
            case 401 -> "Inte inloggad";
            case 403 -> "Åtkomst nekad";
            case 404 -> "Hittades inte";
            case 405 -> "Metoden stöds inte";
            case 406 -> "Formatet kan inte levereras";
            case 413 -> "För stor begäran";
            case 415 -> "Formatet stöds inte";
            case 429 -> "För många försök";
            case 503 -> "Tjänsten är inte tillgänglig";
            default -> status >= 500 ? "Internt fel" : "Kan inte utföras";
        };
    }
}
