package se.koordinera.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import se.koordinera.patient.Personnummer;

/**
 * AuditEvent: the patient's PDL access log (log extract) in the shape of IHE BALP's PatientRead,
 * purposeOfEvent TREAT (Vård och behandling). Only for the unit's verksamhetschef (the log
 * extract's rule; there is no separate log-review role yet); {@code patient} is required, {@code agent} and {@code date} filter.
 */
@Component
public class AuditEventProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    AuditEventProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<AuditEvent> getResourceType() {
        return AuditEvent.class;
    }

    @Read
    public AuditEvent read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        String part = id.getIdPart();
        int ae = part.indexOf("-ae-");
        if (ae < 0) {
            throw FhirReads.notFound(id.getValue());
        }
        String alias = part.substring(0, ae);
        Personnummer pnr = reads.patientOfAlias(alias).orElseThrow(() -> FhirReads.notFound(id.getValue()));
        return FhirReads.fhir(() -> reads.accessLogOf(unit, pnr)).stream().filter(e -> FhirReads.auditId(alias, e).equals(part)).findFirst()
                .map(e -> reads.auditEvent(pnr, e)).orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@RequiredParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = AuditEvent.SP_AGENT) ReferenceParam agent, @OptionalParam(name = "agent-identifier") TokenParam agentId,
            @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date, RequestDetails request) {
        String unit = units.of(request);
        Personnummer pnr = reads.patientOf(patient).orElse(null);
        if (pnr == null) {
            // Still refuse a user who may not read log extracts, before answering anything.
            FhirReads.fhir(() -> reads.requireLogReviewer(unit));
            return Paging.of(List.of(), request);
        }
        List<se.koordinera.audit.AccessLogEntry> entries;
        try {
            entries = FhirReads.fhir(() -> reads.accessLogOf(unit, pnr));
        } catch (ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException e) {
            return Paging.of(List.of(), request);
        }
        return Paging.of(entries.stream()
                .filter(e -> FhirReads.overlaps(date, e.time()))
                .filter(e -> agent == null || e.userHsaId().equals(agent.getIdPart()))
                .filter(e -> agentId == null || e.userHsaId().equals(agentId.getValue()))
                .map(e -> reads.auditEvent(pnr, e)).toList(), request);
    }
}
