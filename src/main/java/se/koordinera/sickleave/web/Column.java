package se.koordinera.sickleave.web;

import java.util.Arrays;
import java.util.Optional;

/** The columns of the sick-leave overview, in their default order. {@code sortKey} null: not sortable. */
public enum Column {
    NUMBER("number", "Nr", null),
    COORDINATION("coordination", "Koordinering", "coordination"),
    ID("id", "Personnummer", "id"),
    AGE("age", "Ålder", "age"),
    NAME("name", "Namn", "patient"),
    GENDER("gender", "Kön", "gender"),
    DIAGNOSIS("diagnosis", "Diagnos", "diagnosis"),
    OCCUPATION("occupation", "Sysselsättning", "occupation"),
    START("start", "Start", "start"),
    END("end", "Slut", "end"),
    DAYS("days", "Längd (dagar)", "days"),
    CERTIFICATES("certificates", "Antal intyg", "certificates"),
    DEGREE("degree", "Grad nu (under fallet)", "degree"),
    DOCTOR("doctor", "Läkare", "doctor");

    private final String key;
    private final String label;
    private final String sortKey;

    Column(String key, String label, String sortKey) {
        this.key = key;
        this.label = label;
        this.sortKey = sortKey;
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
