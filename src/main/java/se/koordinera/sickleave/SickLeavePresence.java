package se.koordinera.sickleave;

import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.koordinera.patient.PatientPresence;

/** A patient is known at a unit when the user may see a sick leave of theirs there (the overview's rule). */
@Component
class SickLeavePresence implements PatientPresence {

    private final SickLeaveComputation computation;

    SickLeavePresence(SickLeaveComputation computation) {
        this.computation = computation;
    }

    @Override
    public Set<String> presentAt(String unitId, Collection<String> patientIds) {
        return computation.visiblePatients(unitId, patientIds);
    }
}
