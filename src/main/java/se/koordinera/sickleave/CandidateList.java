package se.koordinera.sickleave;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;
import se.koordinera.sickleave.engine.CandidateCriteria;
import se.koordinera.sickleave.engine.CandidateRules;

/**
 * Patients of the unit who may need coordination (the worklist, R16): each with the flags of
 * {@link CandidateRules} that the unit's criteria raise, each flag with its reason in words and, when
 * someone dismissed it, the dismissal. Patients with an open coordination case are not listed.
 *
 * @param minDays   the unit's threshold for a long sick leave
 * @param criteria  every threshold the flags were judged on
 * @param total     candidates matching the filters (before paging)
 * @param unfiltered candidates before the filters
 */
public record CandidateList(LocalDate on, int minDays, CandidateCriteria criteria, int total, int unfiltered, Integer limit,
        int offset, List<Candidate> items) implements PatientListing {

    /**
     * @param reasons           the kinds of the flags not dismissed
     * @param days              days of the active sick-leave case, null when none is active
     * @param start             start of the active sick-leave case, null when none is active
     * @param casesLast12Months the patient's sick-leave cases touching the last 12 months
     * @param sickLeave         the active case, else the latest one, as the overview shows it (chain included)
     * @param flags             every raised flag, dismissed ones too
     */
    public record Candidate(SickLeaveItem.PatientSummary patient, List<CandidateRules.Flag> reasons, Integer days, LocalDate start,
            int casesLast12Months, SickLeaveItem sickLeave, List<FlagView> flags) {

        /** True when every flag is dismissed. */
        @JsonIgnore
        public boolean allDismissed() {
            return reasons.isEmpty();
        }
    }

    /** A raised flag: kind, label, reason in words, the case it concerns and its dismissal (null when not dismissed). */
    public record FlagView(CandidateRules.Flag flag, String label, String because, LocalDate caseStart, Dismissal dismissal) {
    }

    /** A flag dismissed with a reason, by whom and when (kept, append-only). */
    public record Dismissal(long id, String patientId, CandidateRules.Flag flag, String label, LocalDate caseStart, String reason,
            OffsetDateTime at, String byHsaId, String byName) {
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return items.stream().map(c -> c.patient().id()).toList();
    }
}
