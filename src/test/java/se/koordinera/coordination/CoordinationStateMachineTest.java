package se.koordinera.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.koordinera.coordination.CaseAction.*;
import static se.koordinera.coordination.CaseState.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every (state, action) pair: the allowed ones lead to the expected state, all others are refused. */
class CoordinationStateMachineTest {

    /** The whole table of allowed transitions; anything not listed must be refused. */
    static final Map<CaseState, Map<CaseAction, CaseState>> EXPECTED = new EnumMap<>(CaseState.class);

    static {
        put(IDENTIFIED, ASSESS_RELEVANT, ASSESSED_RELEVANT);
        put(IDENTIFIED, ASSESS_NOT_RELEVANT, ASSESSED_NOT_RELEVANT);
        put(IDENTIFIED, CLOSE, CLOSED);
        put(ASSESSED_RELEVANT, ASSESS_RELEVANT, ASSESSED_RELEVANT);
        put(ASSESSED_RELEVANT, ASSESS_NOT_RELEVANT, ASSESSED_NOT_RELEVANT);
        put(ASSESSED_RELEVANT, OFFER, OFFERED);
        put(ASSESSED_RELEVANT, CLOSE, CLOSED);
        put(ASSESSED_NOT_RELEVANT, ASSESS_RELEVANT, ASSESSED_RELEVANT);
        put(ASSESSED_NOT_RELEVANT, ASSESS_NOT_RELEVANT, ASSESSED_NOT_RELEVANT);
        put(ASSESSED_NOT_RELEVANT, CLOSE, CLOSED);
        put(OFFERED, ACCEPT, ACCEPTED);
        put(OFFERED, DECLINE, DECLINED);
        put(OFFERED, CLOSE, CLOSED);
        put(ACCEPTED, ACTIVATE, ACTIVE);
        put(ACCEPTED, CLOSE, CLOSED);
        put(DECLINED, CLOSE, CLOSED);
        put(ACTIVE, CLOSE, CLOSED);
    }

    static void put(CaseState from, CaseAction action, CaseState to) {
        EXPECTED.computeIfAbsent(from, k -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> all = new ArrayList<>();
        for (CaseState s : CaseState.values()) {
            for (CaseAction a : CaseAction.values()) {
                all.add(Arguments.of(s, a, EXPECTED.getOrDefault(s, Map.of()).get(a)));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("everyStateAndAction")
    void transitionTable(CaseState from, CaseAction action, CaseState expected) {
        assertThat(CaseStateMachine.next(from, action)).isEqualTo(Optional.ofNullable(expected));
        if (expected == null) {
            assertThatThrownBy(() -> CaseStateMachine.apply(from, action)).isInstanceOf(CaseStateMachine.TransitionNotAllowed.class)
                    .isInstanceOf(se.koordinera.shared.ConflictException.class);
        } else {
            assertThat(CaseStateMachine.apply(from, action)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("everyStateAndAction")
    void registerIsNeverATransition(CaseState from, CaseAction action, CaseState expected) {
        assertThat(CaseStateMachine.next(from, REGISTER)).isEmpty();
    }

    static final long SEED = 20_261_124L;

    static final int RANDOM_CASES = 1000;

    static final int MAX_ACTIONS = 30;

    /**
     * Action sequences of length 0..30, as the seeded random-case source of the R3 property: first
     * the boundary sequences (none; each action alone; each action 30 times), then {@value #RANDOM_CASES}
     * generated from {@link #SEED}. Half of those pick any action; the other half prefer an action the
     * {@link #EXPECTED} table allows, so that the walks also reach the late states (offered, accepted,
     * active, closed) and then try everything there.
     */
    static Stream<Arguments> actionSequences() {
        List<List<CaseAction>> sequences = new ArrayList<>();
        sequences.add(List.of());
        for (CaseAction a : CaseAction.values()) {
            sequences.add(List.of(a));
        }
        for (CaseAction a : CaseAction.values()) {
            sequences.add(Collections.nCopies(MAX_ACTIONS, a));
        }
        Random random = new Random(SEED);
        CaseAction[] actions = CaseAction.values();
        for (int i = 0; i < RANDOM_CASES; i++) {
            boolean guided = i % 2 == 1;
            int length = random.nextInt(MAX_ACTIONS + 1);
            List<CaseAction> sequence = new ArrayList<>(length);
            CaseState state = IDENTIFIED;
            for (int j = 0; j < length; j++) {
                List<CaseAction> allowed = new ArrayList<>(EXPECTED.getOrDefault(state, Map.of()).keySet());
                CaseAction a = guided && !allowed.isEmpty() && random.nextInt(4) != 0
                        ? allowed.get(random.nextInt(allowed.size()))
                        : actions[random.nextInt(actions.length)];
                sequence.add(a);
                CaseState next = EXPECTED.getOrDefault(state, Map.of()).get(a);
                state = next == null ? state : next;
            }
            sequences.add(sequence);
        }
        List<Arguments> cases = new ArrayList<>();
        for (List<CaseAction> sequence : sequences) {
            cases.add(Arguments.of(SEED, cases.size() + 1, sequence));
        }
        return cases.stream();
    }

    /** R3, whatever the path: OFFERED is only ever entered from ASSESSED_RELEVANT, and CLOSED is final. */
    @ParameterizedTest(name = "seed {0}, case {1}: {2}")
    @MethodSource("actionSequences")
    @DisplayName("R3: whatever the path, OFFERED is only entered from ASSESSED_RELEVANT, and CLOSED is final")
    void noOfferWithoutRelevantAssessmentAndClosedIsFinal(long seed, int caseIndex, List<CaseAction> actions) {
        CaseState state = IDENTIFIED;
        for (CaseAction a : actions) {
            Optional<CaseState> next = CaseStateMachine.next(state, a);
            if (next.isEmpty()) {
                continue;
            }
            if (next.get() == OFFERED) {
                assertThat(state).isEqualTo(ASSESSED_RELEVANT);
            }
            assertThat(state).isNotEqualTo(CLOSED);
            state = next.get();
        }
    }

    @ParameterizedTest
    @MethodSource("everyStateAndAction")
    void interventionsOnlyOnceAccepted(CaseState from, CaseAction action, CaseState expected) {
        assertThat(CaseStateMachine.allowsInterventions(from)).isEqualTo(from == ACCEPTED || from == ACTIVE);
    }

    @org.junit.jupiter.api.Test
    void offerRefusalExplainsTheDoctorsAssessment() {
        assertThatThrownBy(() -> CaseStateMachine.apply(IDENTIFIED, OFFER)).hasMessageContaining("läkares bedömning");
    }
}
