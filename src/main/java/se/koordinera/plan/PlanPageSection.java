package se.koordinera.plan;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.koordinera.coordination.CoordinationPageSection;

/** The return-to-work plan on the case hub, the follow-up list on the worklist. */
@Component
class PlanPageSection implements CoordinationPageSection {

    private final PlanService plans;
    private final Clock clock;

    PlanPageSection(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void caseHub(String unitId, long caseId, Model model) {
        model.addAttribute("plan", plans.plan(unitId, caseId));
    }

    @Override
    public void worklist(String unitId, Model model) {
        model.addAttribute("followUps", plans.followUps(unitId, LocalDate.now(clock)));
    }
}
