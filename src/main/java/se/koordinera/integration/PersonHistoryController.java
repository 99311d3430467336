package se.koordinera.integration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.koordinera.patient.Personnummer;
import se.koordinera.web.PatientReferences;
import se.koordinera.web.SelectedUnit;

/** The patient's certificate history from Intygstjänsten, on demand from the patient page (the API has it at /api/v1/patients/{id}/certificate-history). */
@Controller
class PersonHistoryController {

    private final PersonHistoryService history;
    private final PatientReferences references;

    PersonHistoryController(PersonHistoryService history, PatientReferences references) {
        this.history = history;
        this.references = references;
    }

    /** The page URL carries the opaque reference of the patient page, never the personnummer. */
    @GetMapping("/patient/{reference}/intygstjansten")
    String page(@SelectedUnit String unit, @PathVariable String reference, Model model) {
        Personnummer id = references.resolve(reference);
        model.addAttribute("patientId", id);
        model.addAttribute("patientRef", reference);
        if (!history.configured()) {
            model.addAttribute("error", "Intygstjänsten är inte ansluten i den här installationen.");
            return "integration/person-history";
        }
        try {
            model.addAttribute("history", history.history(unit, id));
        } catch (RivCallException e) {
            model.addAttribute("error", "Intygshistoriken kunde inte hämtas just nu: " + e.getMessage());
        }
        return "integration/person-history";
    }

}
