package se.koordinera.sickleave;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import se.koordinera.audit.MultiUnitPatientListing;

/** Answer of a certificate import: how many were new, corrected or repeated unchanged. */
public record ImportResult(int created, int updated, int unchanged, @JsonIgnore Map<String, Set<String>> writtenPatientsByUnit)
        implements MultiUnitPatientListing {

    @Override
    @JsonIgnore
    public Map<String, ? extends Collection<String>> patientIdsByUnit() {
        return writtenPatientsByUnit;
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return MultiUnitPatientListing.super.listedPatientIds();
    }
}
