package se.koordinera.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static se.koordinera.consent.ConsentScope.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.koordinera.coordination.Actor;
import se.koordinera.coordination.ConsentRequirements;
import se.koordinera.coordination.InterventionType;

class CoordinationConsentPolicyTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} with {1} needs {2}")
    @CsvSource(nullValues = "-", value = {
            "PERSONAL_SUPPORT, -, COORDINATION",
            "INTERNAL_COORDINATION, -, COORDINATION",
            "INTERNAL_COORDINATION, OTHER_CARE_UNIT, COORDINATION",
            "COLLABORATION, EMPLOYER, COORDINATION CONTACT_EMPLOYER",
            "COLLABORATION, AF, COORDINATION CONTACT_OTHER_ACTORS",
            "COLLABORATION, MUNICIPALITY, COORDINATION CONTACT_OTHER_ACTORS",
            "COLLABORATION, FK, COORDINATION INFORM_FK"})
    void requiredScopes(InterventionType type, Actor actor, String scopes) {
        Set<ConsentScope> expected = EnumSet.noneOf(ConsentScope.class);
        for (String s : scopes.split(" ")) {
            expected.add(ConsentScope.valueOf(s));
        }
        assertThat(ConsentRequirements.forIntervention(type, actor)).isEqualTo(expected);
    }

    @Test
    void fkLetterNeedsInformFk() {
        assertThat(ConsentRequirements.forFkNotification()).containsExactlyInAnyOrder(COORDINATION, INFORM_FK);
    }

    @Test
    void noConsentNamesWhatIsMissing() {
        assertThat(ConsentPolicy.refusal(List.of(), ConsentRequirements.forIntervention(InterventionType.COLLABORATION, Actor.EMPLOYER), DAY))
                .hasValueSatisfying(m -> assertThat(m).contains("Samtycke till koordinering saknas").contains("arbetsgivaren"));
    }

    @Test
    void withdrawalBlocksFromItsDate() {
        ConsentPolicy.Fact withdrawn = new ConsentPolicy.Fact(COORDINATION, DAY.minusDays(10), DAY);
        assertThat(withdrawn.activeOn(DAY.minusDays(1))).isTrue();
        assertThat(withdrawn.activeOn(DAY)).isFalse();
        assertThat(ConsentPolicy.missing(List.of(withdrawn), EnumSet.of(COORDINATION), DAY)).containsExactly(COORDINATION);
    }

    @Test
    void anotherScopeDoesNotStandIn() {
        List<ConsentPolicy.Fact> facts = List.of(new ConsentPolicy.Fact(CONTACT_EMPLOYER, DAY, null), new ConsentPolicy.Fact(INFORM_FK, DAY, null));
        assertThat(ConsentPolicy.missing(facts, EnumSet.of(COORDINATION, CONTACT_EMPLOYER), DAY)).containsExactly(COORDINATION);
    }

    static final long SEED = 20_261_125L;

    static final int RANDOM_CASES = 1000;

    /**
     * (givenOffset in -50..50, withdrawnAfterGiven in -1..60 where -1 means not withdrawn, scope):
     * first the boundary cases, every scope with the given day at both ends of its range, on the
     * day, and one day either side, each withdrawn never, on the given day, a day later, at the end
     * of its range, and on the day, one day before and one day after it; then {@value #RANDOM_CASES}
     * cases generated from {@link #SEED}.
     */
    static Stream<Arguments> consentFacts() {
        List<int[]> offsets = new ArrayList<>();
        for (int givenOffset : new int[] {-50, -49, -1, 0, 1, 49, 50}) {
            Set<Integer> withdrawn = new LinkedHashSet<>(List.of(-1, 0, 1, 59, 60));
            for (int aroundTheDay : new int[] {-givenOffset - 1, -givenOffset, -givenOffset + 1}) {
                if (aroundTheDay >= -1 && aroundTheDay <= 60) {
                    withdrawn.add(aroundTheDay);
                }
            }
            withdrawn.forEach(w -> offsets.add(new int[] {givenOffset, w}));
        }
        List<Arguments> cases = new ArrayList<>();
        for (int[] o : offsets) {
            for (ConsentScope scope : ConsentScope.values()) {
                cases.add(Arguments.of(SEED, cases.size() + 1, o[0], o[1], scope));
            }
        }
        Random random = new Random(SEED);
        ConsentScope[] scopes = ConsentScope.values();
        for (int i = 0; i < RANDOM_CASES; i++) {
            cases.add(Arguments.of(SEED, cases.size() + 1, -50 + random.nextInt(101), -1 + random.nextInt(62),
                    scopes[random.nextInt(scopes.length)]));
        }
        return cases.stream();
    }

    /** Active exactly when given on or before the day and not withdrawn on or before it. */
    @ParameterizedTest(name = "seed {0}, case {1}: given {2} days from DAY, withdrawn {3} days after that (-1: never), {4}")
    @MethodSource("consentFacts")
    @DisplayName("R5, R13: a consent counts from the day it is given until the day it is withdrawn")
    void activeOnMatchesDefinition(long seed, int caseIndex, int givenOffset, int withdrawnAfterGiven,
            ConsentScope scope) {
        LocalDate given = DAY.plusDays(givenOffset);
        LocalDate withdrawn = withdrawnAfterGiven < 0 ? null : given.plusDays(withdrawnAfterGiven);
        ConsentPolicy.Fact fact = new ConsentPolicy.Fact(scope, given, withdrawn);
        boolean expected = !given.isAfter(DAY) && (withdrawn == null || DAY.isBefore(withdrawn));
        assertThat(fact.activeOn(DAY)).isEqualTo(expected);
        assertThat(ConsentPolicy.activeScopes(List.of(fact), DAY).contains(scope)).isEqualTo(expected);
        assertThat(ConsentPolicy.refusal(List.of(fact), EnumSet.of(scope), DAY).isEmpty()).isEqualTo(expected);
    }
}
