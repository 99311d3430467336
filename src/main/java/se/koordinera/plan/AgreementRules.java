package se.koordinera.plan;

import java.time.LocalDate;
import java.util.List;

/** A new version of the patient agreement (R8), from a bound and validated request. */
public final class AgreementRules {

    private AgreementRules() {
    }

    public record Draft(int basedOnVersion, String expectations, String worries, String agreed, List<CarePlan.Activity> actions,
            String contactPerson, String contactPhone, LocalDate nextContact) {
    }

    public static Draft draft(PlanRequests.Agreement a) {
        return new Draft(a.basedOnVersion(), a.expectations(), a.worries(), a.agreed(), PlanRequests.Activity.all(a.actions()),
                a.contactPerson(), a.contactPhone(), a.nextContact());
    }
}
