package se.koordinera.journal;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;
import se.koordinera.shared.RequestBinder;
import se.koordinera.web.SelectedUnit;
import se.koordinera.web.SubmittedForm;

/**
 * The "Rätta" form of the journal page (issue 14 item 7): the same correction as the API, a new
 * entry referring to the corrected one; the original stays. A refusal comes back as typed.
 */
@Controller
class JournalCorrectionPageController {

    private final JournalService journal;
    private final RequestBinder binder;

    JournalCorrectionPageController(JournalService journal, RequestBinder binder) {
        this.journal = journal;
        this.binder = binder;
    }

    @PostMapping("/koordinering/patienter/{reference}/journal/rattelse")
    String correct(@SelectedUnit String unit, @PathVariable String reference, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        String back = "redirect:/koordinering/patienter/" + reference + "/journal";
        if (!reference.matches("[A-Za-z0-9_-]{1,100}")) {
            throw new NotFoundException("Patienten finns inte");
        }
        try {
            String entry = form.getFirst("entryId");
            if (entry == null || !entry.matches("\\d{1,18}")) {
                throw new InvalidInputException("entryId", "Välj den anteckning som ska rättas");
            }
            JournalEntry correction = journal.correct(unit, Long.parseLong(entry),
                    binder.bindForm(form, JournalApiController.Correction.class).text());
            redirect.addFlashAttribute("message", "Rättelsen är sparad som anteckning nr " + correction.id() + ". Den ursprungliga anteckningen finns kvar.");
        } catch (InvalidInputException e) {
            SubmittedForm.refused(redirect, "rattelse", form, e);
            return back + "#correction-heading";
        }
        return back;
    }
}
