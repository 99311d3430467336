package se.koordinera.figures;

import java.util.Map;

/**
 * The unit's (or region's) figures for one month, counts only, no patient data (API.md "Figures").
 * {@code medianDaysSickLeaveStartToOffer} is null when no offer was made in the month. {@code kva} counts the
 * journal registrations per KVÅ code of VGR's routine (GC001, DV077, AW026); {@code gc001} equals {@code kva.GC001}.
 */
public record MonthFigures(String month, int gc001, int patientsWithInterventions, int casesOpened, int casesClosed,
        Map<String, Integer> closedByOutcome, int consentsGiven, int consentsWithdrawn, int fkNotifications, int followUpsOverdue,
        Double medianDaysSickLeaveStartToOffer, Map<String, Integer> kva) {
}
