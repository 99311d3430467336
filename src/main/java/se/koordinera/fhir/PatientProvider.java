package se.koordinera.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;
import se.koordinera.patient.Personnummer;

/** Patient: read by opaque id, search by {@code identifier} (personnummer / samordningsnummer) or {@code _id}; else the unit's patients. */
@Component
public class PatientProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    PatientProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        Personnummer pnr = reads.patientOfAlias(id.getIdPart()).orElseThrow(() -> FhirReads.notFound(id.getValue()));
        return FhirReads.fhir(() -> reads.patient(unit, pnr)).orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = "_id") TokenParam id, RequestDetails request) {
        String unit = units.of(request);
        Optional<Personnummer> pnr;
        if (identifier != null) {
            pnr = FhirReads.patientOfIdentifier(identifier);
        } else if (id != null) {
            pnr = reads.patientOfAlias(id.getValue());
        } else {
            return Paging.of(FhirReads.fhir(() -> reads.patientsOfUnit(unit)), request);
        }
        if (pnr.isEmpty()) {
            return Paging.of(List.of(), request);
        }
        // A patient of another unit or provider: an empty Bundle, never a hint.
        return Paging.of(FhirReads.fhir(() -> reads.patient(unit, pnr.get())).map(List::of).orElse(List.of()), request);
    }
}
