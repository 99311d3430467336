package se.koordinera.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import se.koordinera.shared.DatabaseOutage;

/**
 * The outermost filter: when the database cannot be reached in a part that runs before the
 * controllers (the session store, the login), the answer is 503 at once (problem details for the
 * API, a plain Swedish page for the browser) without another trip to the database, so that a load
 * balancer and the user learn it within the pool's connection timeout. Failures inside controllers
 * are answered the same way by {@link ApiExceptionHandler} and {@link UiExceptionHandler}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    static final String TITLE = "Tjänsten är inte tillgänglig";
    static final String DETAIL = "Databasen kan inte nås just nu. Försök igen om en stund.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isOutage(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable: {} {} answered 503", request.getMethod(), request.getRequestURI());
            write(request, response);
        }
    }

    static void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "10");
        writeDirectly(request, response, 503, TITLE, DETAIL);
    }

    /**
     * An error answer written at once, without the error dispatch or a template: for refusals
     * before the request could be read (its body unparsable, the database gone). Problem details on
     * the API, a plain Swedish page (lang, title, the site's style sheet) in the browser.
     */
    static void writeDirectly(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + title + " – Koordinera</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                    + "/css/app.css\"></head><body><main id=\"main\" class=\"narrow\"><h1>" + title + "</h1>"
                    + "<p class=\"alert error\" role=\"alert\">" + detail + "</p>"
                    + "<p><a href=\"" + request.getContextPath() + "/\">Till startsidan</a></p></main></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        response.flushBuffer();
    }
}
