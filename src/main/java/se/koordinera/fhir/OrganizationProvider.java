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
import org.hl7.fhir.r4.model.Organization;
import org.springframework.stereotype.Component;

/** Organization: the care provider (region) of the request's unit and its care units, by HSA-id. */
@Component
public class OrganizationProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    OrganizationProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<Organization> getResourceType() {
        return Organization.class;
    }

    @Read
    public Organization read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        return reads.organizations(unit).stream().filter(o -> o.getIdPart().equals(id.getIdPart())).findFirst()
                .orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = Organization.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = "_id") TokenParam id, RequestDetails request) {
        String unit = units.of(request);
        return Paging.of(reads.organizations(unit).stream()
                .filter(o -> identifier == null || (hsaSystem(identifier.getSystem()) && o.getIdentifierFirstRep().getValue().equals(identifier.getValue())))
                .filter(o -> id == null || o.getIdPart().equals(id.getValue()))
                .toList(), request);
    }

    static boolean hsaSystem(String system) {
        return system == null || system.isEmpty() || Codes.HSA.equals(system) || Codes.HSA_RIV.equals(system);
    }
}
