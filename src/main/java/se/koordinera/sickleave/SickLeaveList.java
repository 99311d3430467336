package se.koordinera.sickleave;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** The unit's sick-leave list: the parameters the engine used, the total after filtering, and one page of items. */
public record SickLeaveList(LocalDate activeOn, int maxGapDays, int endedWithinDays, int total, List<SickLeaveItem> items,
        @JsonIgnore List<SickLeaveItem> allMatching) implements PatientListing {

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return items.stream().map(i -> i.patient().id()).toList();
    }
}
