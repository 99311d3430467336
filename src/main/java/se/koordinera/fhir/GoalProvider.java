package se.koordinera.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** Goal: the goals of a case's return-to-work plan, id {@code gl-<case>}; search by {@code patient}. */
@Component
public class GoalProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;
    private final CaseScope scope;

    GoalProvider(FhirReads reads, RequestUnit units, CaseScope scope) {
        this.reads = reads;
        this.units = units;
        this.scope = scope;
    }

    @Override
    public Class<Goal> getResourceType() {
        return Goal.class;
    }

    @Read
    public Goal read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        if (!id.getIdPart().startsWith("gl-")) {
            throw FhirReads.notFound(id.getValue());
        }
        long caseId = FhirSupport.number(id.getIdPart().substring(3), id);
        return FhirReads.fhir(() -> reads.plan(unit, caseId)).map(reads::goal).orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = Goal.SP_PATIENT) ReferenceParam patient, RequestDetails request) {
        String unit = units.of(request);
        return Paging.of(scope.caseIds(unit, patient).stream()
                .flatMap(caseId -> FhirReads.fhir(() -> reads.plan(unit, caseId)).stream())
                .map(reads::goal).toList(), request);
    }
}
