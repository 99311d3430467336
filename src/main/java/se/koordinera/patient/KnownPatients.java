package se.koordinera.patient;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The one "is this patient known at this unit, for this user" read. A patient is known when some
 * feature has data of them at the unit that the user may see (see {@link PatientPresence}); a
 * patient the user may not see (protected identity) is exactly as unknown as a personnummer that
 * was never stored. Not guarded itself: called inside {@code @PatientData} methods.
 */
@Service
public class KnownPatients {

    private final List<PatientPresence> sources;

    KnownPatients(List<PatientPresence> sources) {
        this.sources = sources;
    }

    public boolean isKnown(String unitId, String patientId) {
        return !knownAmong(unitId, List.of(patientId)).isEmpty();
    }

    public Set<String> knownAmong(String unitId, Collection<String> patientIds) {
        Set<String> known = new HashSet<>();
        Set<String> remaining = new HashSet<>(patientIds);
        for (PatientPresence source : sources) {
            if (remaining.isEmpty()) {
                break;
            }
            Set<String> present = source.presentAt(unitId, remaining);
            known.addAll(present);
            remaining.removeAll(present);
        }
        return known;
    }
}
