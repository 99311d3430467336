package se.koordinera.sickleave;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/**
 * Patients of the unit who may need coordination: active sick leave of at least {@code minDays}
 * days, or two or more sick-leave cases in the last 12 months, and no open coordination case.
 */
public record CandidateList(LocalDate on, int minDays, int total, List<Candidate> items) implements PatientListing {

    public enum Reason { LONG_SICK_LEAVE, REPEATED_SICK_LEAVE }

    /** {@code days} and {@code start} describe the active sick-leave case, null when none is active. */
    public record Candidate(SickLeaveItem.PatientSummary patient, List<Reason> reasons, Integer days, LocalDate start,
            int casesLast12Months) {
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return items.stream().map(c -> c.patient().id()).toList();
    }
}
