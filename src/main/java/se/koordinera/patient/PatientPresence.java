package se.koordinera.patient;

import java.util.Collection;
import java.util.Set;

/**
 * A feature's answer to "does the current user have a reason to see this patient at this unit?"
 * (a sick leave the user may see, a coordination case). Implemented by the features that own such
 * data; {@link KnownPatients} asks them all, so the rule is written once per kind of data.
 */
public interface PatientPresence {

    /** Of these patients, those this feature knows at the unit and lets the current user see. */
    Set<String> presentAt(String unitId, Collection<String> patientIds);
}
