package se.koordinera.sickleave.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.koordinera.access.CurrentUser;
import se.koordinera.sickleave.ReviewService;
import se.koordinera.web.UnitSelection;

/**
 * The menu badge "Nytt" (issue 14 item 1): how many of the selected unit's sick-leave cases have
 * something new since the user last marked the unit reviewed, as the model attribute
 * {@code newSinceReview} on every full page (not on the API, htmx fragments, POSTs or error pages).
 */
@ControllerAdvice(annotations = Controller.class)
class ReviewBadgeAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewBadgeAdvice.class);

    private final CurrentUser currentUser;
    private final UnitSelection unitSelection;
    private final ReviewService reviews;

    ReviewBadgeAdvice(CurrentUser currentUser, UnitSelection unitSelection, ReviewService reviews) {
        this.currentUser = currentUser;
        this.unitSelection = unitSelection;
        this.reviews = reviews;
    }

    @ModelAttribute
    void badge(Model model, HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getDispatcherType() != DispatcherType.REQUEST
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/") || request.getHeader("HX-Request") != null) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        currentUser.find().flatMap(user -> unitSelection.selected(session, user).filter(user::mayAccessPatientsOf)).ifPresent(unit -> {
            try {
                model.addAttribute("newSinceReview", reviews.newCount(unit));
            } catch (RuntimeException e) {
                // The badge is a hint: a page must not fail because its count could not be read.
                LOG.debug("No review badge for unit {}", unit, e);
            }
        });
    }
}
