package se.koordinera.journal;

import java.time.LocalDate;

/**
 * What a new coordination journal entry (journalanteckning) says. The KVÅ code and "free of
 * charge" follow from the type (R15, R17); the author is the signed-in user.
 */
public record NewJournalEntry(String unitId, String patientId, Long caseId, JournalType type, String interventionType, String actor,
        LocalDate date, String text, Long consentId, Long correctsId) {
}
