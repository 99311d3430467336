package se.koordinera.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.koordinera.consent.ConsentScope;

/** What the case hub says is missing, from the one copy of the consent rule. */
class CaseHubRulesTest {

    @Test
    @DisplayName("R5: without consents the case hub names each missing consent in words and what waits for it")
    void everyMissingConsentIsNamed() {
        List<ConsentRequirements.Missing> missing = ConsentRequirements.missing(Set.of(), Set.of());
        assertThat(missing).extracting(ConsentRequirements.Missing::text).containsExactly(
                "Saknar samtycke till koordinering (krävs för alla insatser, brev och möten)",
                "Saknar samtycke till att informera Försäkringskassan (krävs för brev till Försäkringskassan, samverkan med Försäkringskassan)",
                "Saknar samtycke för kontakt med arbetsgivaren (krävs för samverkan med arbetsgivaren)",
                "Saknar samtycke för kontakt med Arbetsförmedlingen eller kommunen (krävs för samverkan med Arbetsförmedlingen, samverkan med Kommunen)");
    }

    @Test
    @DisplayName("R7: what the plan needs comes first, and an active consent is not listed")
    void whatThePlanNeedsComesFirst() {
        List<ConsentRequirements.Missing> missing = ConsentRequirements.missing(EnumSet.of(ConsentScope.COORDINATION), Set.of(Actor.EMPLOYER));
        assertThat(missing.get(0).scope()).isEqualTo(ConsentScope.CONTACT_EMPLOYER);
        assertThat(missing.get(0).neededByPlan()).isTrue();
        assertThat(missing).extracting(ConsentRequirements.Missing::scope).doesNotContain(ConsentScope.COORDINATION);
        assertThat(ConsentRequirements.missing(EnumSet.allOf(ConsentScope.class), Set.of(Actor.FK))).isEmpty();
    }
}
