package se.koordinera.staff;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.koordinera.coordination.CoordinationPageSection;

/** The responsible person and the unit routine (R19) on the case hub; the routine on the worklist. */
@Component
class StaffPageSection implements CoordinationPageSection {

    private final StaffService staff;

    StaffPageSection(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public void caseHub(String unitId, long caseId, Model model) {
        model.addAttribute("responsible", staff.responsible(unitId, caseId));
        // Coordinators first (they are usually the responsible person), then by name; the page preselects no one.
        model.addAttribute("staff", staff.staff(unitId).stream()
                .sorted(java.util.Comparator.comparing((StaffMember m) -> !m.roles().contains("REHAB_COORDINATOR"))
                        .thenComparing(StaffMember::name)).toList());
        model.addAttribute("routine", staff.routine(unitId));
    }

    @Override
    public void worklist(String unitId, Model model) {
        model.addAttribute("routine", staff.routine(unitId));
    }
}
