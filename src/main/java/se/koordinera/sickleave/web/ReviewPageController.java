package se.koordinera.sickleave.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.shared.SwedishTime;
import se.koordinera.sickleave.ReviewService;
import se.koordinera.web.SelectedUnit;

/** "Nytt sedan senaste genomgång": what is new at the unit, and the button that marks it reviewed. */
@Controller
class ReviewPageController {

    private static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReviewService reviews;

    ReviewPageController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/oversikt/nytt")
    String whatIsNew(@SelectedUnit String unit, Model model) {
        var news = reviews.whatIsNew(unit);
        model.addAttribute("news", news);
        model.addAttribute("since", TIME.format(news.since().atZoneSameInstant(SwedishTime.ZONE)));
        return "sickleave/whats-new";
    }

    @PostMapping("/oversikt/nytt/genomgangen")
    String markReviewed(@SelectedUnit String unit, RedirectAttributes redirect) {
        var at = reviews.markReviewed(unit);
        redirect.addFlashAttribute("message", "Vårdenheten är markerad som genomgången " + TIME.format(at.atZoneSameInstant(SwedishTime.ZONE))
                + ". Det som kommer in efter detta visas som nytt.");
        return "redirect:/oversikt/nytt";
    }
}
