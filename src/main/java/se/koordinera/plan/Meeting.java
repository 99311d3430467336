package se.koordinera.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** A reconciliation meeting (avstämningsmöte, R12) or other contact, with its minutes (versions, newest first). */
public record Meeting(long id, long caseId, String patientId, Kind kind, OffsetDateTime startsAt, int durationMinutes, String location,
        boolean video, String videoLink, List<Participant> participants, String agenda, String uid, CarePlan.By createdBy,
        List<Minutes> minutes, int sequence, boolean cancelled) implements PatientListing {

    public enum Kind {
        RECONCILIATION("Avstämningsmöte"), OTHER_CONTACT("Annan kontakt");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Participant(PlanActor actor, String name) {
    }

    public record Minutes(int version, String minutes, List<CarePlan.Activity> agreedActions, Long journalEntryId, OffsetDateTime created,
            CarePlan.By createdBy) {
    }

    /** A meeting as booked: never moved or cancelled (SEQUENCE 0). */
    public Meeting(long id, long caseId, String patientId, Kind kind, OffsetDateTime startsAt, int durationMinutes, String location,
            boolean video, String videoLink, List<Participant> participants, String agenda, String uid, CarePlan.By createdBy,
            List<Minutes> minutes) {
        this(id, caseId, patientId, kind, startsAt, durationMinutes, location, video, videoLink, participants, agenda, uid, createdBy, minutes,
                0, false);
    }

    public Meeting withMinutes(List<Minutes> m) {
        return new Meeting(id, caseId, patientId, kind, startsAt, durationMinutes, location, video, videoLink, participants, agenda, uid,
                createdBy, m, sequence, cancelled);
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
