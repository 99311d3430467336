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
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/** Appointment: reconciliation meetings as booked (fulfilled once minutes exist), id {@code ap-<meeting>-<case>}; {@code patient}, {@code date}, {@code status}. */
@Component
public class AppointmentProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;
    private final CaseScope scope;

    AppointmentProvider(FhirReads reads, RequestUnit units, CaseScope scope) {
        this.reads = reads;
        this.units = units;
        this.scope = scope;
    }

    @Override
    public Class<Appointment> getResourceType() {
        return Appointment.class;
    }

    @Read
    public Appointment read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        long[] ref = meetingRef(id, "ap-");
        return FhirReads.fhir(() -> reads.meetingsOf(unit, ref[1])).stream().filter(m -> m.id() == ref[0]).findFirst()
                .map(m -> reads.appointment(unit, m)).orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    static long[] meetingRef(IdType id, String prefix) {
        String part = id.getIdPart();
        String[] p = part.startsWith(prefix) ? part.substring(prefix.length()).split("-") : new String[0];
        if (p.length != 2) {
            throw FhirReads.notFound(id.getValue());
        }
        return new long[] {FhirSupport.number(p[0], id), FhirSupport.number(p[1], id)};
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = Appointment.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = Appointment.SP_DATE) DateRangeParam date, @OptionalParam(name = Appointment.SP_STATUS) TokenParam status,
            RequestDetails request) {
        String unit = units.of(request);
        return Paging.of(scope.caseIds(unit, patient).stream()
                .flatMap(caseId -> FhirReads.fhir(() -> reads.meetingsOf(unit, caseId)).stream())
                .filter(m -> FhirReads.overlaps(date, m.startsAt()))
                .map(m -> reads.appointment(unit, m))
                .filter(a -> status == null || a.getStatus().toCode().equals(status.getValue()))
                .toList(), request);
    }
}
