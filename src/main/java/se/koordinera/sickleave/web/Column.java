package se.koordinera.sickleave.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the sick-leave overview, in their default order. {@code sortKey} null: not sortable.
 * The default set is compact so that it fits a 1 366 px screen beside the filters (issue 12 item 10):
 * who the patient is first, then when the sick leave ends, its length, degree and doctor, and the
 * coordination state last; the rarely needed columns start hidden and are shown under "Anpassa kolumner".
 */
public enum Column {
    NAME("name", "Namn", "patient", true),
    ID("id", "Personnummer", "id", true),
    AGE("age", "Ålder", "age", true),
    DIAGNOSIS("diagnosis", "Diagnos", "diagnosis", true),
    START("start", "Start", "start", true),
    END("end", "Slut", "end", true),
    DAYS("days", "Längd (dagar)", "days", true),
    // The chain is wide ("Dag 84 · 90 den 2026-12-10"): offered, not shown by default, so the default set still fits 1 366 px.
    CHAIN("chain", "Dag i kedjan", "milestone", false),
    DEGREE("degree", "Grad nu (under fallet)", "degree", true),
    DOCTOR("doctor", "Läkare", "doctor", true),
    COORDINATION("coordination", "Koordinering", "coordination", true),
    NUMBER("number", "Nr", null, false),
    GENDER("gender", "Kön", "gender", false),
    OCCUPATION("occupation", "Sysselsättning", "occupation", false),
    CERTIFICATES("certificates", "Antal intyg", "certificates", false);

    private final String key;
    private final String label;
    private final String sortKey;
    private final boolean shownByDefault;

    Column(String key, String label, String sortKey, boolean shownByDefault) {
        this.key = key;
        this.label = label;
        this.sortKey = sortKey;
        this.shownByDefault = shownByDefault;
    }

    /** Part of the compact default set; the others are offered under "Anpassa kolumner". */
    public boolean shownByDefault() {
        return shownByDefault;
    }

    /** Dates are never wrapped (a wrapped 2026-01-31 reads as two values). */
    public boolean date() {
        return this == START || this == END;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String sortKey() {
        return sortKey;
    }

    /** Shows who the patient is: hidden by the privacy switch. */
    public boolean identifying() {
        return this == ID || this == NAME;
    }

    public static Optional<Column> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
