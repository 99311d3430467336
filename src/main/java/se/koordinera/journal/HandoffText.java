package se.koordinera.journal;


/**
 * The ready text of a journal entry for the patient's record in the EHR (journalunderlag, SFS
 * 2019:1297 5 §): date, who and their profession, the unit, what was done and the KVÅ code. Pure;
 * never a diagnosis (R6): anything in a free-text note that looks like an ICD-10 code is left out.
 */
public final class HandoffText {

    private HandoffText() {
    }

    public static String of(JournalEntry e, String unitName) {
        StringBuilder t = new StringBuilder();
        t.append(heading(e)).append(' ').append(e.date()).append('\n');
        t.append("Utförd av: ").append(e.author().name());
        String profession = profession(e.author().profession());
        if (!profession.isEmpty()) {
            t.append(", ").append(profession);
        }
        t.append('\n');
        t.append("Vårdenhet: ").append(unitName == null ? e.unit() : unitName).append('\n');
        t.append("Åtgärd: ").append(withoutDiagnosisCodes(e.text())).append('\n');
        if (e.kva() != null) {
            t.append("KVÅ: ").append(e.kva()).append(' ').append(Kva.valueOf(e.kva()).text()).append('\n');
            t.append("Koordineringsinsats enligt lagen (2019:1297), avgiftsfri.\n");
        } else {
            t.append(e.type() == JournalType.CORRECTION
                    ? "KVÅ: ingen åtgärdskod (rättelse av anteckning nr " + e.corrects() + ")\n"
                    : "KVÅ: ingen åtgärdskod (registrering av samtycke)\n");
        }
        t.append("Källa: Koordinera, anteckning nr ").append(e.id()).append(", registrerad ")
                .append(e.time().toLocalDate()).append(' ').append(String.format("%02d:%02d", e.time().getHour(), e.time().getMinute()));
        return t.toString();
    }

    static String heading(JournalEntry e) {
        if (e.type() == JournalType.INTERVENTION && e.text() != null && e.text().contains("Avstämningsmöte")) {
            return "Avstämningsmöte (koordineringsinsats)";
        }
        return e.type().label();
    }

    static String withoutDiagnosisCodes(String text) {
        // The same rule that refuses a code in new text (NoDiagnosis) removes one from older text.
        return text == null ? "" : se.koordinera.shared.NoDiagnosis.Rule.withoutDiagnosisCodes(text, "[kod borttagen]");
    }

    public static String profession(String code) {
        return se.koordinera.access.Profession.lowercase(code);
    }
}
