package se.koordinera.coordination;

import static se.koordinera.coordination.CaseAction.ACCEPT;
import static se.koordinera.coordination.CaseAction.ACTIVATE;
import static se.koordinera.coordination.CaseAction.ASSESS_NOT_RELEVANT;
import static se.koordinera.coordination.CaseAction.ASSESS_RELEVANT;
import static se.koordinera.coordination.CaseAction.CLOSE;
import static se.koordinera.coordination.CaseAction.DECLINE;
import static se.koordinera.coordination.CaseAction.OFFER;
import static se.koordinera.coordination.CaseState.ACCEPTED;
import static se.koordinera.coordination.CaseState.ACTIVE;
import static se.koordinera.coordination.CaseState.ASSESSED_NOT_RELEVANT;
import static se.koordinera.coordination.CaseState.ASSESSED_RELEVANT;
import static se.koordinera.coordination.CaseState.CLOSED;
import static se.koordinera.coordination.CaseState.DECLINED;
import static se.koordinera.coordination.CaseState.IDENTIFIED;
import static se.koordinera.coordination.CaseState.OFFERED;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The coordination case's life (pure Java, no Spring): identified -> assessed (relevant / not
 * relevant) -> offered -> accepted or declined -> active -> closed with an outcome. R3: the only
 * way to OFFERED is from ASSESSED_RELEVANT, which only a doctor's assessment reaches. The doctor
 * may revise the assessment until the offer is made. Every open state can be closed.
 */
public final class CaseStateMachine {

    private static final Map<CaseState, Map<CaseAction, CaseState>> TRANSITIONS = new EnumMap<>(CaseState.class);

    static {
        allow(IDENTIFIED, ASSESS_RELEVANT, ASSESSED_RELEVANT);
        allow(IDENTIFIED, ASSESS_NOT_RELEVANT, ASSESSED_NOT_RELEVANT);
        allow(ASSESSED_RELEVANT, ASSESS_RELEVANT, ASSESSED_RELEVANT);
        allow(ASSESSED_RELEVANT, ASSESS_NOT_RELEVANT, ASSESSED_NOT_RELEVANT);
        allow(ASSESSED_NOT_RELEVANT, ASSESS_RELEVANT, ASSESSED_RELEVANT);
        allow(ASSESSED_NOT_RELEVANT, ASSESS_NOT_RELEVANT, ASSESSED_NOT_RELEVANT);
        allow(ASSESSED_RELEVANT, OFFER, OFFERED);
        allow(OFFERED, ACCEPT, ACCEPTED);
        allow(OFFERED, DECLINE, DECLINED);
        allow(ACCEPTED, ACTIVATE, ACTIVE);
        for (CaseState s : CaseState.values()) {
            if (s.open()) {
                allow(s, CLOSE, CLOSED);
            }
        }
    }

    private CaseStateMachine() {
    }

    private static void allow(CaseState from, CaseAction action, CaseState to) {
        TRANSITIONS.computeIfAbsent(from, k -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /** The state after the action, or empty when the action is not allowed in that state. */
    public static Optional<CaseState> next(CaseState from, CaseAction action) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(from, Map.of()).get(action));
    }

    public static Set<CaseAction> allowedActions(CaseState from) {
        return Set.copyOf(TRANSITIONS.getOrDefault(from, Map.of()).keySet());
    }

    /** The state after the action; a Swedish explanation of why not otherwise. */
    public static CaseState apply(CaseState from, CaseAction action) {
        return next(from, action).orElseThrow(() -> new TransitionNotAllowed(from, action));
    }

    /** Interventions and letters to FK belong to a case the patient has accepted. */
    public static boolean allowsInterventions(CaseState state) {
        return state == ACCEPTED || state == ACTIVE;
    }

    public static final class TransitionNotAllowed extends se.koordinera.shared.ConflictException {
        private final CaseState from;
        private final CaseAction action;

        public TransitionNotAllowed(CaseState from, CaseAction action) {
            super(message(from, action));
            this.from = from;
            this.action = action;
        }

        public CaseState from() {
            return from;
        }

        public CaseAction action() {
            return action;
        }

        private static String message(CaseState from, CaseAction action) {
            return switch (action) {
                case OFFER -> "Koordinering kan bara erbjudas efter en läkares bedömning att koordinering är relevant (ärendet är nu: "
                        + from.label() + ").";
                case ASSESS_RELEVANT, ASSESS_NOT_RELEVANT -> "Bedömningen kan inte ändras när ärendet är " + from.label().toLowerCase() + ".";
                case ACCEPT, DECLINE -> "Ärendet har inget öppet erbjudande (ärendet är nu: " + from.label() + ").";
                case CLOSE -> "Ärendet är redan avslutat.";
                default -> "Åtgärden är inte tillåten när ärendet är " + from.label().toLowerCase() + ".";
            };
        }
    }
}
