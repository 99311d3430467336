package se.koordinera.audit;

import java.util.Collection;
import java.util.Map;

/** A result touching patients at several units (an import batch): each is logged under its own unit. */
public interface MultiUnitPatientListing extends PatientListing {
    Map<String, ? extends Collection<String>> patientIdsByUnit();

    @Override
    default Collection<String> listedPatientIds() {
        return patientIdsByUnit().values().stream().flatMap(Collection::stream).toList();
    }
}
