package se.koordinera.journal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.ConflictException;
import se.koordinera.web.PatientReferences;
import se.koordinera.web.SelectedUnit;

/** The journal hand-off page (journalunderlag): the unit's or one patient's entries not yet in the EHR, with copy and mark buttons. */
@Controller
class HandoffPageController {

    private final JournalService journal;
    private final PatientReferences references;

    HandoffPageController(JournalService journal, PatientReferences references) {
        this.journal = journal;
        this.references = references;
    }

    @GetMapping("/koordinering/journalunderlag")
    String unit(@SelectedUnit String unit, Model model) {
        model.addAttribute("items", journal.notTransferred(unit).items());
        model.addAttribute("title", "Journalunderlag att föra över");
        model.addAttribute("patient", null);
        return "journal/handoff";
    }

    /** The page URL carries the patient's opaque reference, never the personnummer. */
    @GetMapping("/koordinering/patienter/{reference}/journalunderlag")
    String patient(@SelectedUnit String unit, @PathVariable String reference, @RequestParam(name = "alla", required = false) String all,
            Model model) {
        Personnummer p = references.resolve(reference);
        model.addAttribute("items", journal.handoffs(unit, p, all == null).items());
        model.addAttribute("title", "Journalunderlag för " + p.formatted());
        model.addAttribute("patient", reference);
        model.addAttribute("all", all != null);
        return "journal/handoff";
    }

    @PostMapping("/koordinering/journalunderlag/{entryId}/overford")
    String transfer(@SelectedUnit String unit, @PathVariable long entryId, @RequestParam(required = false) String patient,
            RedirectAttributes redirect) {
        try {
            journal.markTransferred(unit, entryId);
            redirect.addFlashAttribute("message", "Anteckning nr " + entryId + " är markerad som överförd till journalen.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return patient == null || patient.isBlank() ? "redirect:/koordinering/journalunderlag"
                : "redirect:/koordinering/patienter/" + patient + "/journalunderlag";
    }
}
