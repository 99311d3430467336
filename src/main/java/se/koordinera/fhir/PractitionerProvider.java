package se.koordinera.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;
import org.springframework.stereotype.Component;

/** Practitioner: the care staff of the request's unit, by HSA-id. */
@Component
public class PractitionerProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    PractitionerProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<Practitioner> getResourceType() {
        return Practitioner.class;
    }

    @Read
    public Practitioner read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        return FhirReads.fhir(() -> reads.staffOf(unit)).stream().filter(m -> m.hsaId().equals(id.getIdPart())).findFirst()
                .map(FhirReads::practitioner).orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = Practitioner.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = "_id") TokenParam id, RequestDetails request) {
        String unit = units.of(request);
        return Paging.of(FhirReads.fhir(() -> reads.staffOf(unit)).stream()
                .filter(m -> identifier == null || (OrganizationProvider.hsaSystem(identifier.getSystem()) && m.hsaId().equals(identifier.getValue())))
                .filter(m -> id == null || m.hsaId().equals(id.getValue()))
                .map(FhirReads::practitioner).toList(), request);
    }
}
