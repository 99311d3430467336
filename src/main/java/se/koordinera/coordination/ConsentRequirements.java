package se.koordinera.coordination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.koordinera.consent.ConsentScope;

/**
 * Which consents a coordination action needs (pure Java): every intervention needs COORDINATION
 * (R5); collaboration with the employer needs CONTACT_EMPLOYER, with Arbetsförmedlingen or the
 * municipality CONTACT_OTHER_ACTORS, with Försäkringskassan INFORM_FK (R7); a notice to
 * Försäkringskassan needs INFORM_FK. Whether the patient's consents give them is the consent
 * feature's {@code ConsentPolicy}.
 */
public final class ConsentRequirements {

    private ConsentRequirements() {
    }

    public static Set<ConsentScope> forIntervention(InterventionType type, Actor actor) {
        Set<ConsentScope> required = EnumSet.of(ConsentScope.COORDINATION);
        if (type == InterventionType.COLLABORATION && actor != null) {
            switch (actor) {
                case EMPLOYER -> required.add(ConsentScope.CONTACT_EMPLOYER);
                case AF, MUNICIPALITY -> required.add(ConsentScope.CONTACT_OTHER_ACTORS);
                case FK -> required.add(ConsentScope.INFORM_FK);
                default -> {
                }
            }
        }
        return required;
    }

    /** R7, and the notice is itself an occasion of coordination: it needs COORDINATION as well. */
    public static Set<ConsentScope> forFkNotification() {
        return EnumSet.of(ConsentScope.COORDINATION, ConsentScope.INFORM_FK);
    }

    /**
     * A consent the patient has not given (or has withdrawn), in words for the case page: what it
     * is, which actions wait for it, and whether the plan or a booked meeting calls for it.
     */
    public record Missing(ConsentScope scope, String text, boolean neededByPlan) {
    }

    /**
     * Every scope that is not active, with the actions that need it derived from
     * {@link #forIntervention} and {@link #forFkNotification} (so the words cannot drift from
     * the rule); the ones the plan or a meeting needs ({@code plannedActors}) first.
     */
    public static List<Missing> missing(Set<ConsentScope> active, Collection<Actor> plannedActors) {
        List<Missing> needed = new ArrayList<>();
        List<Missing> others = new ArrayList<>();
        for (ConsentScope scope : ConsentScope.values()) {
            if (active.contains(scope)) {
                continue;
            }
            List<String> waiting = new ArrayList<>();
            if (scope == ConsentScope.COORDINATION) {
                waiting.add("alla insatser, brev och möten");
            } else {
                if (forFkNotification().contains(scope)) {
                    waiting.add("brev till Försäkringskassan");
                }
                for (Actor a : Actor.values()) {
                    if (forIntervention(InterventionType.COLLABORATION, a).contains(scope)) {
                        waiting.add("samverkan med " + (a == Actor.EMPLOYER ? "arbetsgivaren" : a.label()));
                    }
                }
            }
            boolean byPlan = plannedActors.stream().anyMatch(a -> a != null && forIntervention(InterventionType.COLLABORATION, a).contains(scope));
            Missing m = new Missing(scope, "Saknar samtycke " + phrase(scope) + " (krävs för " + String.join(", ", waiting) + ")", byPlan);
            (byPlan || scope == ConsentScope.COORDINATION ? needed : others).add(m);
        }
        needed.addAll(others);
        return needed;
    }

    private static String phrase(ConsentScope scope) {
        return switch (scope) {
            case COORDINATION -> "till koordinering";
            case INFORM_FK -> "till att informera Försäkringskassan";
            case CONTACT_EMPLOYER -> "för kontakt med arbetsgivaren";
            case CONTACT_OTHER_ACTORS -> "för kontakt med Arbetsförmedlingen eller kommunen";
        };
    }
}
