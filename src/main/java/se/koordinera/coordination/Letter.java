package se.koordinera.coordination;

import java.util.Collection;
import java.util.List;
import se.koordinera.audit.PatientListing;

/** A stored letter to Försäkringskassan, as PDF bytes. */
public record Letter(long id, String patientId, String fileName, byte[] pdf) implements PatientListing {
    @Override
    public Collection<String> listedPatientIds() {
        return List.of(patientId);
    }
}
