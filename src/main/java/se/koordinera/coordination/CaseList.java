package se.koordinera.coordination;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

public record CaseList(int total, List<CoordinationCase> items) implements PatientListing {
    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return items.stream().map(CoordinationCase::patientId).distinct().toList();
    }
}
