package se.koordinera.savedview;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;
import se.koordinera.web.SubmittedForm;

/** Save, rename and delete the user's saved views; each answer goes back to the page the view belongs to. */
@Controller
class SavedViewPageController {

    private final SavedViewService views;

    SavedViewPageController(SavedViewService views) {
        this.views = views;
    }

    @PostMapping("/vyer")
    String save(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        SavedViewService.Page page = page(form.getFirst("page"));
        String query = form.getFirst("query") == null ? "" : form.getFirst("query");
        try {
            boolean dropped = views.save(page, form.getFirst("name"), query);
            redirect.addFlashAttribute("savedViewMessage", "Vyn ”" + form.getFirst("name").strip() + "” är sparad."
                    + (dropped ? " Sökningen sparas inte i en vy, den gäller bara under inloggningen." : ""));
        } catch (InvalidInputException e) {
            SubmittedForm.refused(redirect, "vy", form, e);
        }
        return "redirect:" + page.path() + (query.isEmpty() ? "" : "?" + SavedViewService.withoutIdentities(query));
    }

    @PostMapping("/vyer/{id}/namn")
    String rename(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        SavedViewService.Page page = page(form.getFirst("page"));
        try {
            views.rename(id, form.getFirst("name"));
            redirect.addFlashAttribute("savedViewMessage", "Vyn har bytt namn till ”" + form.getFirst("name").strip() + "”.");
        } catch (InvalidInputException e) {
            SubmittedForm.refused(redirect, "vy-" + id, form, e);
        }
        return "redirect:" + page.path();
    }

    @PostMapping("/vyer/{id}/ta-bort")
    String delete(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        SavedViewService.Page page = page(form.getFirst("page"));
        views.delete(id);
        redirect.addFlashAttribute("savedViewMessage", "Vyn är borttagen.");
        return "redirect:" + page.path();
    }

    private static SavedViewService.Page page(String page) {
        try {
            return SavedViewService.Page.valueOf(page);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Sidan finns inte");
        }
    }
}
