package se.koordinera.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HandoffTextTest {

    static JournalEntry entry(JournalType type, String text) {
        return new JournalEntry(7, OffsetDateTime.of(2026, 10, 5, 14, 30, 0, 0, ZoneOffset.ofHours(2)), type, type.kva(), text,
                new JournalEntry.Author("TSTNMT-A1", "Anna Andersson", "FYSIOTERAPEUT"), "TSTUNIT1", 3L, LocalDate.of(2026, 10, 5),
                type == JournalType.INTERVENTION ? "PERSONAL_SUPPORT" : null, null, type.kva() != null, null, null, "191212121212");
    }

    @Test
    @DisplayName("R15: the text has date, who and profession, unit, what was done and the KVÅ code")
    void carriesDateAuthorProfessionAndKva() {
        String t = HandoffText.of(entry(JournalType.INTERVENTION, "Personligt stöd: samtal"), "Vårdcentralen Test");
        assertThat(t).startsWith("Koordineringsinsats 2026-10-05").contains("Anna Andersson, fysioterapeut")
                .contains("Vårdcentralen Test").contains("Personligt stöd: samtal").contains("KVÅ: GC001").contains("avgiftsfri");
    }

    @Test
    @DisplayName("R6: a diagnosis code written in a note never reaches the journal text")
    void leavesOutDiagnosisCodes() {
        String t = HandoffText.of(entry(JournalType.INTERVENTION, "Samtal om F43.8A och M54 och F438A"), null);
        assertThat(t).doesNotContain("F43.8A").doesNotContain("M54").doesNotContain("F438A").contains("[kod borttagen]").contains("KVÅ: GC001");
    }

    @Test
    @DisplayName("R15: plan DV077, follow-up AW026, consent without KVÅ code")
    void codesPerType() {
        assertThat(HandoffText.of(entry(JournalType.PLAN, "Plan"), null)).contains("KVÅ: DV077");
        assertThat(HandoffText.of(entry(JournalType.FOLLOW_UP, "Uppföljning"), null)).contains("KVÅ: AW026");
        assertThat(HandoffText.of(entry(JournalType.CONSENT_GIVEN, "Samtycke"), null)).contains("ingen åtgärdskod").doesNotContain("GC001");
        assertThat(HandoffText.of(entry(JournalType.INTERVENTION, "Avstämningsmöte med Arbetsgivaren. Bra"), null))
                .startsWith("Avstämningsmöte (koordineringsinsats)");
    }
}
