package se.koordinera.web;

import se.koordinera.shared.NotFoundException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.ConflictException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.koordinera.patient.InvalidPersonnummerException;

/** A readable Swedish page for errors in the browser UI (API errors are handled first by ApiExceptionHandler). */
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice(annotations = Controller.class)
public class UiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UiExceptionHandler.class);

    private final se.koordinera.access.CurrentUser currentUser;

    public UiExceptionHandler(se.koordinera.access.CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ExceptionHandler(NoUnitSelectedException.class)
    String chooseUnitFirst(Model model, HttpServletResponse response) {
        boolean noCareUnits = currentUser.find().map(u -> u.careUnits().isEmpty()).orElse(false);
        if (noCareUnits) {
            // No empty unit chooser for someone without a care assignment (the region administrator): say why.
            return page(model, response, 403, "Sidan visar patientuppgifter",
                    "Sidan visar en vårdenhets patientuppgifter och kräver ett medarbetaruppdrag med syftet Vård och behandling "
                            + "för enheten. Du har inget sådant uppdrag.");
        }
        return "redirect:/valj-enhet";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(model, response, 404, "Hittades inte", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
        return page(model, response, 403, "Åtkomst nekad", e.getMessage());
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    String duplicate(Model model, HttpServletResponse response) {
        return page(model, response, 409, "Kan inte utföras", "Uppgiften har just ändrats av någon annan. Ladda om sidan och försök igen.");
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return page(model, response, 409, "Kan inte utföras", e.getMessage());
    }

    @ExceptionHandler({InvalidInputException.class, InvalidPersonnummerException.class})
    String invalid(RuntimeException e, Model model, HttpServletResponse response) {
        String detail = e.getMessage();
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            detail = String.join(" ", invalid.errors().stream().map(FieldProblem::message).toList());
        }
        return page(model, response, 400, "Felaktiga uppgifter", detail);
    }

    /** Spring Security's firewall refused a parameter (control characters in its name or value). */
    @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
    String rejected(Model model, HttpServletResponse response) {
        return page(model, response, 400, "Felaktig begäran", "Begäran innehåller otillåtna tecken.");
    }

    /** The database cannot be reached: 503 with a Swedish page, quickly (the pool's connection timeout). */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    String databaseUnavailable(RuntimeException e, Model model, HttpServletResponse response) {
        log.warn("Database unavailable in UI: {}", e.toString());
        response.setHeader("Retry-After", "10");
        return page(model, response, 503, DatabaseOutageFilter.TITLE, DatabaseOutageFilter.DETAIL);
    }

    static String page(Model model, HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        log.debug("UI error {}: {}", status, detail);
        return "web/error";
    }
}
