package se.koordinera.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R6: a coordination text carries no diagnosis. Seeded random texts (the seed is in the failure
 * message, so a failure can be repeated): every written form of an ICD-10-SE code is found wherever it
 * stands in a sentence, and ordinary Swedish words, numbers, dates, times, week numbers and
 * personnummer are not mistaken for one.
 */
class NoDiagnosisTest {

    private static final long SEED = 20261202L;
    private static final List<String> WORDS = List.of("patienten", "har", "samtal", "med", "arbetsgivaren", "om", "återgång",
            "i", "arbete", "på", "halvtid", "från", "och", "Försäkringskassan", "kallar", "till", "avstämningsmöte", "vecka",
            "kl", "rum", "telefon", "mejl", "Arbetsförmedlingen", "kommunen", "planen", "följs", "upp", "ÅÄÖ", "ok", "A4-papper",
            "E6:an", "Ring", "tisdag", "GC001", "DV077", "AW026", "v12", "V12", "X2000", "SFS", "2019:1297", "5 §", "100 %");
    private static final String SEPARATORS = " ,.;:()-!?\n";

    static String randomCode(Random r) {
        char letter = "ABCDEFGHIJKLMNOPQRSTZ".charAt(r.nextInt(21));
        String code = letter + String.format("%02d", r.nextInt(100));
        return switch (r.nextInt(5)) {
            case 0 -> code;                                              // F32
            case 1 -> code + r.nextInt(10);                              // F320
            case 2 -> code + "." + r.nextInt(10);                        // F32.1
            case 3 -> code + "." + r.nextInt(10) + (char) ('A' + r.nextInt(26)); // F43.8A
            default -> code + r.nextInt(10) + (char) ('A' + r.nextInt(26));      // F438A
        };
    }

    static String randomText(Random r, int words) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                t.append(SEPARATORS.charAt(r.nextInt(SEPARATORS.length())) == '\n' ? "\n" : " ");
            }
            t.append(switch (r.nextInt(8)) {
                case 0 -> String.valueOf(r.nextInt(100_000));                                       // a number
                case 1 -> String.format("2026-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)); // a date
                case 2 -> String.format("%02d.%02d", r.nextInt(24), r.nextInt(60));               // a time
                case 3 -> String.format("19%02d%02d%02d-%04d", r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(10_000));
                default -> WORDS.get(r.nextInt(WORDS.size()));
            });
        }
        return t.toString();
    }

    @Test
    @DisplayName("R6: a diagnosis code in every written form (F32, F320, F32.1, F43.8A, F438A) is found anywhere in a text")
    void codesAreFoundInEveryForm() {
        Random r = new Random(SEED);
        for (int i = 0; i < 2_000; i++) {
            String code = randomCode(r);
            String before = randomText(r, r.nextInt(6));
            String after = randomText(r, r.nextInt(6));
            String sep1 = String.valueOf(SEPARATORS.charAt(r.nextInt(SEPARATORS.length())));
            String sep2 = String.valueOf(SEPARATORS.charAt(r.nextInt(SEPARATORS.length())));
            String text = before + sep1 + code + sep2 + after;
            assertThat(NoDiagnosis.Rule.containsDiagnosisCode(text)).as("seed %d case %d: %s", SEED, i, text).isTrue();
            assertThat(NoDiagnosis.Rule.withoutDiagnosisCodes(text, "[kod]")).as("seed %d case %d", SEED, i).doesNotContain(code);
        }
    }

    @Test
    @DisplayName("R6: ordinary words, numbers, dates, times, week numbers and personnummer are not taken for a diagnosis")
    void ordinaryTextIsNotRefused() {
        Random r = new Random(SEED + 1);
        for (int i = 0; i < 2_000; i++) {
            String text = randomText(r, 1 + r.nextInt(30));
            assertThat(NoDiagnosis.Rule.containsDiagnosisCode(text)).as("seed %d case %d: %s", SEED + 1, i, text).isFalse();
            assertThat(NoDiagnosis.Rule.withoutDiagnosisCodes(text, "[kod]")).isEqualTo(text);
        }
    }

    @Test
    @DisplayName("R6: the walk-through's examples: F32 without a dot is refused, a code glued into a word is not a code")
    void examples() {
        assertThat(NoDiagnosis.Rule.containsDiagnosisCode("Depression F32 enligt läkaren")).isTrue();
        assertThat(NoDiagnosis.Rule.containsDiagnosisCode("diagnos (F320)")).isTrue();
        assertThat(NoDiagnosis.Rule.containsDiagnosisCode("F32.1.")).isTrue();
        assertThat(NoDiagnosis.Rule.containsDiagnosisCode("Z73.0 utmattning")).isTrue();
        assertThat(NoDiagnosis.Rule.containsDiagnosisCode("Reg.nr ABC123, bussen 16, återbesök v12, rum 3")).isFalse();
        assertThat(NoDiagnosis.Rule.containsDiagnosisCode("Koordineringsinsats GC001 registrerad")).isFalse();
        assertThat(new NoDiagnosis.Check().isValid("Ingen kod här", null)).isTrue();
        assertThat(new NoDiagnosis.Check().isValid("Kod M54.5 här", null)).isFalse();
    }
}
