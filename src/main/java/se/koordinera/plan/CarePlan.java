package se.koordinera.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** One saved version of a case's care plan with return-to-work plan (R9). Versions are never changed. */
public record CarePlan(long caseId, String patientId, int version, String goals, String patientWords, List<Step> steps,
        List<Activity> activities, List<PlanActor> collaborationNeeds, String collaborationNote, List<LocalDate> followUpDates,
        LocalDate nextFollowUp, String note, OffsetDateTime created, By createdBy) implements PatientListing {

    /** Planned sick leave: a degree for a period. */
    public record Step(int degree, LocalDate from, LocalDate to) {
        public long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    public record Activity(String text, PlanActor actor, LocalDate due) {
    }

    public record By(String id, String name) {
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
