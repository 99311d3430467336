package se.koordinera.sickleave.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.koordinera.patient.InvalidPersonnummerException;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;

/**
 * Swedish error pages for the sick-leave pages, ahead of the general UI error page because an
 * htmx filter request needs the message as a fragment that replaces the results (htmx does not
 * swap error statuses), so the user sees what was wrong with the filter.
 */
@ControllerAdvice(assignableTypes = {OverviewController.class, PatientPageController.class, SettingsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SickLeavePageErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return page(model, request, response, 404, "Hittades inte", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return page(model, request, response, 403, "Åtkomst nekad", e.getMessage());
    }

    @ExceptionHandler({InvalidInputException.class, InvalidPersonnummerException.class})
    String invalid(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        String detail = e.getMessage();
        if (e instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            detail = String.join(" ", invalid.errors().stream().map(FieldProblem::message).toList());
        }
        return page(model, request, response, 400, "Felaktiga uppgifter", detail);
    }

    static String page(Model model, HttpServletRequest request, HttpServletResponse response, int status, String title, String detail) {
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        if (request.getHeader("HX-Request") != null && request.getHeader("HX-History-Restore-Request") == null) {
            response.setStatus(200);
            return "sickleave/results-error";
        }
        response.setStatus(status);
        return "web/error";
    }
}
