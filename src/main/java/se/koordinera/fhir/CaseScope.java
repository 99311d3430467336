package se.koordinera.fhir;

import ca.uhn.fhir.rest.param.ReferenceParam;
import java.util.List;
import org.springframework.stereotype.Component;
import se.koordinera.coordination.CoordinationCase;
import se.koordinera.patient.Personnummer;

/** The coordination cases a plan or meeting search looks in: the patient's at the unit, or all of the unit's. */
@Component
class CaseScope {

    private final FhirReads reads;

    CaseScope(FhirReads reads) {
        this.reads = reads;
    }

    List<Long> caseIds(String unit, ReferenceParam patient) {
        if (patient == null) {
            return FhirReads.fhir(() -> reads.casesOfUnit(unit)).stream().map(CoordinationCase::id).toList();
        }
        Personnummer pnr = reads.patientOf(patient).orElse(null);
        if (pnr == null) {
            return List.of();
        }
        return FhirReads.fhir(() -> reads.casesOf(unit, pnr)).stream().map(CoordinationCase::id).toList();
    }
}
