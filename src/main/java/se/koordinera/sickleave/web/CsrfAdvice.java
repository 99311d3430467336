package se.koordinera.sickleave.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the sick-leave pages the CSRF header for htmx requests that change data ({@code hx-headers} on body). */
@ControllerAdvice(assignableTypes = {OverviewController.class, PatientPageController.class, SettingsController.class})
public class CsrfAdvice {

    @ModelAttribute
    void csrf(HttpServletRequest request, Model model) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            model.addAttribute("htmxHeaders", "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}");
        }
    }
}
