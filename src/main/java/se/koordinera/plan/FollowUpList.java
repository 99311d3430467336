package se.koordinera.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import se.koordinera.audit.PatientListing;

/** R16: the unit's open cases that need a follow-up: overdue, due within a week, not planned, or flagged. */
public record FollowUpList(LocalDate today, int dueWithinDays, int overdue, int total, List<Item> items) implements PatientListing {

    public record Item(long caseId, String patientId, String patientName, String state, LocalDate nextFollowUp,
            FollowUpRules.Status status, Set<FollowUpRules.Flag> flags) {
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return items.stream().map(Item::patientId).toList();
    }
}
