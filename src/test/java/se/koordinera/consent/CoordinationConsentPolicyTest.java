package se.koordinera.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static se.koordinera.consent.ConsentScope.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    /** Active exactly when given on or before the day and not withdrawn on or before it. */
    @Property
    void activeOnMatchesDefinition(@ForAll @IntRange(min = -50, max = 50) int givenOffset,
            @ForAll @IntRange(min = -1, max = 60) int withdrawnAfterGiven, @ForAll ConsentScope scope) {
        LocalDate given = DAY.plusDays(givenOffset);
        LocalDate withdrawn = withdrawnAfterGiven < 0 ? null : given.plusDays(withdrawnAfterGiven);
        ConsentPolicy.Fact fact = new ConsentPolicy.Fact(scope, given, withdrawn);
        boolean expected = !given.isAfter(DAY) && (withdrawn == null || DAY.isBefore(withdrawn));
        assertThat(fact.activeOn(DAY)).isEqualTo(expected);
        assertThat(ConsentPolicy.activeScopes(List.of(fact), DAY).contains(scope)).isEqualTo(expected);
        assertThat(ConsentPolicy.refusal(List.of(fact), EnumSet.of(scope), DAY).isEmpty()).isEqualTo(expected);
    }
}
