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
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** Encounter: a reconciliation meeting that has been held (minutes recorded), id {@code en-<meeting>-<case>}; {@code patient}, {@code date}, {@code status}. */
@Component
public class EncounterProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;
    private final CaseScope scope;

    EncounterProvider(FhirReads reads, RequestUnit units, CaseScope scope) {
        this.reads = reads;
        this.units = units;
        this.scope = scope;
    }

    @Override
    public Class<Encounter> getResourceType() {
        return Encounter.class;
    }

    @Read
    public Encounter read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        long[] ref = AppointmentProvider.meetingRef(id, "en-");
        return FhirReads.fhir(() -> reads.meetingsOf(unit, ref[1])).stream().filter(m -> m.id() == ref[0] && !m.minutes().isEmpty())
                .findFirst().map(m -> reads.encounter(unit, m)).orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = Encounter.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = Encounter.SP_DATE) DateRangeParam date, @OptionalParam(name = Encounter.SP_STATUS) TokenParam status,
            RequestDetails request) {
        String unit = units.of(request);
        return Paging.of(scope.caseIds(unit, patient).stream()
                .flatMap(caseId -> FhirReads.fhir(() -> reads.meetingsOf(unit, caseId)).stream())
                .filter(m -> !m.minutes().isEmpty() && FhirReads.overlaps(date, m.startsAt()))
                .map(m -> reads.encounter(unit, m))
                .filter(e -> status == null || e.getStatus().toCode().equals(status.getValue()))
                .toList(), request);
    }
}
