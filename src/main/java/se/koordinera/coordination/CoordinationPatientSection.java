package se.koordinera.coordination;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.PatientPageSection;

/**
 * The patient's coordination cases at the unit (open and closed, newest first, each a link) on the
 * patient page, and whether "Registrera ärende" is offered (no open case). Cases of other units
 * are not listed: access follows the unit assignment (inre sekretess), and a case page opens for
 * the selected unit.
 */
@Component
class CoordinationPatientSection implements PatientPageSection {

    private final CaseService cases;

    CoordinationPatientSection(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void patientPage(String unitId, String patientId, Model model) {
        // the guarded read checks the assignment and logs; this section only passes the patient on
        List<CoordinationCase> all = cases.casesOfPatient(unitId, Personnummer.parse(patientId));
        model.addAttribute("coordinationCases", all);
        model.addAttribute("canRegisterCase", all.stream().noneMatch(c -> c.state().open()));
    }
}
