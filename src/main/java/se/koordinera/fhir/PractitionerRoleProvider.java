package se.koordinera.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.springframework.stereotype.Component;

/** PractitionerRole: a staff member's assignment (Vård och behandling) at the request's unit. */
@Component
public class PractitionerRoleProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    PractitionerRoleProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<PractitionerRole> getResourceType() {
        return PractitionerRole.class;
    }

    @Read
    public PractitionerRole read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        return all(unit).stream().filter(r -> r.getIdPart().equals(id.getIdPart())).findFirst()
                .orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = PractitionerRole.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = PractitionerRole.SP_ORGANIZATION) ReferenceParam organization,
            @OptionalParam(name = PractitionerRole.SP_PRACTITIONER) ReferenceParam practitioner, RequestDetails request) {
        String unit = units.of(request);
        if (organization != null && !unit.equals(organization.getIdPart())) {
            return Paging.of(List.of(), request);
        }
        return Paging.of(all(unit).stream()
                .filter(r -> identifier == null || r.getPractitioner().getReference().equals("Practitioner/" + identifier.getValue()))
                .filter(r -> practitioner == null || r.getPractitioner().getReference().equals("Practitioner/" + practitioner.getIdPart()))
                .toList(), request);
    }

    private List<PractitionerRole> all(String unit) {
        return FhirReads.fhir(() -> reads.staffOf(unit)).stream().map(m -> reads.practitionerRole(m, unit)).toList();
    }
}
