package se.koordinera.coordination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.koordinera.patient.PatientPresence;
import se.koordinera.patient.PatientRecord;
import se.koordinera.patient.PatientRegister;
import se.koordinera.region.RegionService;
import se.koordinera.sickleave.SickLeaveService;

/**
 * What a user sees of coordination cases: the one visibility rule of the overview, applied to
 * cases. A case registered by hand (preventive, with the name the unit recorded) is seen with that
 * name. Otherwise the patient's name is the unit's care provider's own record; a protected
 * identity is seen only by whoever may see the patient's sick leave (the doctor who issued the
 * current certificate), and then as "Skyddade personuppgifter". A case the user may not see is
 * absent, exactly like a case that does not exist.
 */
@Component
class CaseVisibility implements PatientPresence {

    private final CaseRepository cases;
    private final SickLeaveService sickLeaves;
    private final PatientRegister register;
    private final RegionService regions;

    CaseVisibility(CaseRepository cases, SickLeaveService sickLeaves, PatientRegister register, RegionService regions) {
        this.cases = cases;
        this.sickLeaves = sickLeaves;
        this.register = register;
        this.regions = regions;
    }

    /** The cases the current user may see, with the name shown; raw cases as the repository reads them. */
    List<CoordinationCase> shown(String unitId, List<CoordinationCase> raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        Set<String> patients = raw.stream().filter(c -> c.patientName() == null).map(CoordinationCase::patientId).collect(Collectors.toSet());
        Map<String, PatientRecord> records = patients.isEmpty() ? Map.of() : register.find(regions.unit(unitId).regionId(), patients);
        Set<String> protectedOnes = records.values().stream().filter(PatientRecord::protectedIdentity).map(PatientRecord::id)
                .collect(Collectors.toSet());
        Set<String> mayBeSeen = protectedOnes.isEmpty() ? Set.of() : sickLeaves.visiblePatients(unitId, protectedOnes);
        List<CoordinationCase> shown = new ArrayList<>(raw.size());
        for (CoordinationCase c : raw) {
            if (c.patientName() != null) {
                shown.add(c);
                continue;
            }
            PatientRecord record = records.get(c.patientId());
            if (record == null || !record.protectedIdentity()) {
                shown.add(c.withPatientName(record == null ? "" : record.name()));
            } else if (mayBeSeen.contains(c.patientId())) {
                shown.add(c.withPatientName(SickLeaveService.PROTECTED_NAME));
            }
        }
        return shown;
    }

    Optional<CoordinationCase> shown(String unitId, Optional<CoordinationCase> raw) {
        return raw.flatMap(c -> shown(unitId, List.of(c)).stream().findFirst());
    }

    /** A patient with a case at the unit that the user may see is known there (consents, journal). */
    @Override
    public Set<String> presentAt(String unitId, Collection<String> patientIds) {
        return shown(unitId, cases.ofPatients(unitId, patientIds)).stream().map(CoordinationCase::patientId).collect(Collectors.toSet());
    }
}
