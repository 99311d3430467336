package se.koordinera.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.koordinera.coordination.Input;

/** Reading a new version of the patient agreement (R8). */
public final class AgreementRules {

    private AgreementRules() {
    }

    public record Draft(int basedOnVersion, String expectations, String worries, String agreed, List<CarePlan.Activity> actions,
            String contactPerson, String contactPhone, LocalDate nextContact) {
    }

    public static Draft parse(Map<String, Object> body) {
        Map<String, Object> b = body == null ? Map.of() : body;
        Input in = Input.of(b, "basedOnVersion", "expectations", "worries", "agreed", "actions", "contactPerson", "contactPhone", "nextContact");
        Integer based = in.integer("basedOnVersion", true, 0, Integer.MAX_VALUE);
        String expectations = in.note("expectations", false);
        String worries = in.note("worries", false);
        String agreed = in.note("agreed", true);
        List<CarePlan.Activity> actions = PlanRules.actions(in, b, "actions");
        String contact = in.text("contactPerson", true);
        String phone = in.text("contactPhone", false);
        LocalDate next = in.date("nextContact", true, null);
        in.failIfProblems();
        return new Draft(based, expectations, worries, agreed, actions, contact, phone, next);
    }
}
