package se.koordinera.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.koordinera.coordination.CaseAction.*;
import static se.koordinera.coordination.CaseState.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
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

    /** R3, whatever the path: OFFERED is only ever entered from ASSESSED_RELEVANT, and CLOSED is final. */
    @Property
    void noOfferWithoutRelevantAssessmentAndClosedIsFinal(@ForAll @Size(max = 30) List<CaseAction> actions) {
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
