package se.koordinera.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.ui.Model;
import se.koordinera.access.CurrentUser;
import se.koordinera.region.RegionService;

/** Gives every page the signed-in user and their current unit for the header. */
@ControllerAdvice(annotations = Controller.class)
public class LayoutAdvice {

    private final CurrentUser currentUser;
    private final UnitSelection unitSelection;
    private final RegionService regions;

    public LayoutAdvice(CurrentUser currentUser, UnitSelection unitSelection, RegionService regions) {
        this.currentUser = currentUser;
        this.unitSelection = unitSelection;
        this.regions = regions;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        // @RestController is a @Controller too: the stateless API must never get a session from here.
        Object errorUri = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (errorUri != null && errorUri.toString().startsWith(request.getContextPath() + "/api/"))) {
            return;
        }
        // Anonymous pages (the login form, an unknown URL) never create a session: no row in spring_session.
        // The layout only reads the session of a signed-in browser user, it never creates one.
        // After a post: the redirect's flash message, or a refused form shown again in the answer to the post.
        java.util.Map<String, ?> flash = org.springframework.web.servlet.support.RequestContextUtils.getInputFlashMap(request);
        model.addAttribute("afterPost", "POST".equals(request.getMethod()) || (flash != null && !flash.isEmpty()));
        currentUser.find().ifPresent(user -> {
            HttpSession session = request.getSession(false);
            model.addAttribute("me", user);
            if (session != null) {
                unitSelection.selected(session, user).flatMap(regions::findUnit).ifPresent(unit -> model.addAttribute("currentUnit", unit));
            }
            model.addAttribute("hasSeveralUnits", user.careUnits().size() > 1);
        });
    }
}
