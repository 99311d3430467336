package se.koordinera.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** CarePlan: the latest version of a case's return-to-work plan (R9), id {@code cp-<case>}; {@code patient}, {@code status}, {@code date}. */
@Component
public class CarePlanProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;
    private final CaseScope scope;

    CarePlanProvider(FhirReads reads, RequestUnit units, CaseScope scope) {
        this.reads = reads;
        this.units = units;
        this.scope = scope;
    }

    @Override
    public Class<CarePlan> getResourceType() {
        return CarePlan.class;
    }

    @Read
    public CarePlan read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        if (!id.getIdPart().startsWith("cp-")) {
            throw FhirReads.notFound(id.getValue());
        }
        long caseId = FhirSupport.number(id.getIdPart().substring(3), id);
        return FhirReads.fhir(() -> reads.plan(unit, caseId)).map(v -> reads.carePlan(unit, v))
                .orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = CarePlan.SP_STATUS) TokenParam status, @OptionalParam(name = CarePlan.SP_DATE) DateRangeParam date,
            RequestDetails request) {
        String unit = units.of(request);
        return Paging.of(scope.caseIds(unit, patient).stream()
                .flatMap(caseId -> FhirReads.fhir(() -> reads.plan(unit, caseId)).stream())
                .map(v -> reads.carePlan(unit, v))
                .filter(c -> status == null || c.getStatus().toCode().equals(status.getValue()))
                .filter(c -> FhirReads.overlaps(date, FhirSupport.localDate(c.getPeriod().getStart()),
                        c.getPeriod().getEnd() == null ? null : FhirSupport.localDate(c.getPeriod().getEnd())))
                .toList(), request);
    }
}
