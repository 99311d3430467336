package se.koordinera.sickleave.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.koordinera.access.CurrentUser;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.OverviewPageService;
import se.koordinera.sickleave.OverviewSettingsService;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.web.PatientReferences;
import se.koordinera.web.SelectedUnit;

/** A patient's sick-leave cases at the unit: timeline, certificates, diagnosis history, doctors, and a print view. */
@Controller
class PatientPageController {

    private final SickLeaveService sickLeaves;
    private final OverviewPageService pages;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PatientReferences references;
    private final OverviewSettingsService settings;
    private final List<se.koordinera.sickleave.PatientPageSection> sections;

    PatientPageController(SickLeaveService sickLeaves, OverviewPageService pages, CurrentUser currentUser, Clock clock,
            PatientReferences references, OverviewSettingsService settings, List<se.koordinera.sickleave.PatientPageSection> sections) {
        this.settings = settings;
        this.sections = sections;
        this.references = references;
        this.clock = clock;
        this.sickLeaves = sickLeaves;
        this.pages = pages;
        this.currentUser = currentUser;
    }

    @GetMapping("/patient/{reference}")
    String patient(@SelectedUnit String unit, @PathVariable String reference, Model model) {
        Personnummer id = references.resolve(reference);
        fill(model, id, sickLeaves.patientCases(unit, id, LocalDate.now(clock)));
        model.addAttribute("dismissals", sickLeaves.candidateDismissals(unit, id));
        sections.forEach(section -> section.patientPage(unit, id.value(), model));
        return "sickleave/patient";
    }

    @GetMapping("/patient/{reference}/utskrift")
    String print(@SelectedUnit String unit, @PathVariable String reference, Model model) {
        Personnummer id = references.resolve(reference);
        fill(model, id, pages.printPatient(unit, id, LocalDate.now(clock)));
        model.addAttribute("print", true);
        return "sickleave/patient";
    }

    private void fill(Model model, Personnummer id, List<SickLeaveService.PatientCase> cases) {
        model.addAttribute("patientId", id);
        // The overview's privacy switch is the user's setting and holds here too (issue 12 item 11).
        model.addAttribute("privacy", settings.hidesIdentity(currentUser.get().hsaId()));
        model.addAttribute("patientRef", references.of(id.value()));
        model.addAttribute("patient", cases.get(0).summary().patient());
        model.addAttribute("cases", cases);
        List<Timeline> timelines = cases.stream()
                .map(c -> Timeline.of(c.summary().start(), c.summary().end(), c.certificates())).toList();
        model.addAttribute("timelines", timelines);
        List<CertificateFacts> history = new ArrayList<>();
        cases.forEach(c -> history.addAll(c.certificates()));
        history.sort(Comparator.comparing(CertificateFacts::signed).thenComparing(CertificateFacts::start).reversed());
        model.addAttribute("history", history);
        Map<String, Long> doctors = new LinkedHashMap<>();
        for (CertificateFacts c : history) {
            doctors.merge(c.doctorName() == null ? String.valueOf(c.doctorId()) : c.doctorName(), 1L, Long::sum);
        }
        model.addAttribute("doctors", doctors);
    }
}
