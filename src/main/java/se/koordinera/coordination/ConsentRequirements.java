package se.koordinera.coordination;

import java.util.EnumSet;
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
}
