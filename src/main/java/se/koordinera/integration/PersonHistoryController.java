package se.koordinera.integration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.web.SelectedUnit;

/** The patient's certificate history from Intygstjänsten, on demand from the patient page (the API has it at /api/v1/patients/{id}/certificate-history). */
@Controller
class PersonHistoryController {

    private final PersonHistoryService history;

    PersonHistoryController(PersonHistoryService history) {
        this.history = history;
    }

    @GetMapping("/patient/{personnummer}/intygstjansten")
    String page(@SelectedUnit String unit, @PathVariable String personnummer, Model model) {
        Personnummer id = parse(personnummer);
        model.addAttribute("patientId", id);
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

    private static Personnummer parse(String personnummer) {
        try {
            return Personnummer.parse(personnummer);
        } catch (RuntimeException e) {
            throw new InvalidInputException("personnummer", "Ogiltigt personnummer");
        }
    }
}
