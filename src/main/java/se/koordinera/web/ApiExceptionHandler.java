package se.koordinera.web;

import se.koordinera.shared.NotFoundException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.ConflictException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.koordinera.patient.InvalidPersonnummerException;

/**
 * Turns every failure of the public API into RFC 9457 problem details. Validation failures name
 * every bad field in {@code errors}. Messages are Swedish because they reach clinicians through
 * integrations' user interfaces as they are.
 */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
// annotations only: combined with basePackages the two filters are OR-ed and would match the UI controllers too.
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Ogiltig indata", e.getMessage()), e.errors());
    }

    @ExceptionHandler(InvalidPersonnummerException.class)
    ProblemDetail invalidPersonnummer(InvalidPersonnummerException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Ogiltig indata", e.getMessage()),
                List.of(new FieldProblem("patientId", e.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Hittades inte", e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "Åtkomst nekad", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Kan inte utföras", e.getMessage());
    }

    /** Two requests racing for the same unique fact (a second open case, a double withdrawal): the loser is told, not a 500. */
    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    ProblemDetail duplicate(org.springframework.dao.DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "Kan inte utföras", "Uppgiften har just ändrats av en annan begäran. Läs in den igen och försök på nytt.");
    }

    /** Spring Security's firewall refused a parameter (control characters in its name or value). */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    ProblemDetail rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        log.debug("Request rejected: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "Ogiltig indata", "Begäran innehåller otillåtna tecken.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Ogiltig indata", "Parametern " + e.getName() + " har fel format"),
                List.of(new FieldProblem(e.getName(), "Fel format: " + e.getValue())));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Ogiltig indata", "En eller flera parametrar är ogiltiga"), errors);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (se.koordinera.shared.DatabaseOutage.isOutage(e)) {
            log.warn("Database unavailable in API: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutageFilter.TITLE, DatabaseOutageFilter.DETAIL));
        }
        log.error("Unexpected error in API", e);
        return ResponseEntity.internalServerError().body(unexpectedProblem());
    }

    private static ProblemDetail unexpectedProblem() {
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internt fel", "Ett oväntat fel inträffade. Försök igen eller kontakta support.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
        ex.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, "Ogiltig indata", "En eller flera fält är ogiltiga"), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = jsonPath(ex);
        // The parser's own message names Java types (java.time.LocalDate, ...): never shown, only logged.
        log.debug("Unreadable request body: {}", rootMessage(ex));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ogiltig indata", field.isEmpty()
                ? "Begäran kunde inte läsas som JSON av rätt form"
                : "Begäran kunde inte läsas som JSON av rätt form: fel typ eller format på " + field);
        return ResponseEntity.badRequest().body(withErrors(problem,
                List.of(new FieldProblem(field, field.isEmpty() ? "Ogiltig JSON" : "Fel typ eller format på värdet"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, "Ogiltig indata",
                "Parametern " + ex.getParameterName() + " saknas"), List.of(new FieldProblem(ex.getParameterName(), "Saknas"))));
    }

    /**
     * Everything else the MVC base handler answers (405, 406, 415, missing path variable, too large
     * upload, ...) gets the Swedish title and explanation of the error pages, never the framework's
     * English text, which can name Java types.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.valueOf(statusCode.value()), ErrorPages.title(statusCode.value()),
                ErrorPages.detail(
                ((org.springframework.web.context.request.ServletWebRequest) request).getRequest(), statusCode.value()));
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }

    /** The JSON path of the value Jackson could not read, e.g. {@code [3].periods[0].degree}; empty for broken JSON. */
    static String jsonPath(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.databind.DatabindException db && !db.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (var ref : db.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.toString();
            }
        }
        return "";
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        if (m == null) {
            return "okänt fel";
        }
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }
}
