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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Procedure;
import org.springframework.stereotype.Component;
import se.koordinera.journal.JournalEntry;
import se.koordinera.patient.Personnummer;

/**
 * Procedure: each coordination measure of the journal with its KVÅ code (GC001 interventions, FK
 * notices and meetings, DV077 plan established, AW026 plan followed up); never a diagnosis.
 * Search by {@code patient}, {@code code}, {@code date}; without patient the unit's.
 */
@Component
public class ProcedureProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    ProcedureProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<Procedure> getResourceType() {
        return Procedure.class;
    }

    @Read
    public Procedure read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        String part = id.getIdPart();
        if (!part.startsWith("pr-")) {
            throw FhirReads.notFound(id.getValue());
        }
        long entryId = FhirSupport.number(part.substring(3), id);
        JournalEntry e = FhirReads.fhir(() -> reads.journalEntry(unit, entryId));
        if (!FhirReads.isJournalProcedure(e)) {
            throw FhirReads.notFound(id.getValue());
        }
        return reads.procedure(unit, e);
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = Procedure.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = Procedure.SP_CODE) TokenParam code, @OptionalParam(name = Procedure.SP_DATE) DateRangeParam date,
            RequestDetails request) {
        String unit = units.of(request);
        List<JournalEntry> entries;
        if (patient != null) {
            Personnummer pnr = reads.patientOf(patient).orElse(null);
            if (pnr == null) {
                return Paging.of(List.of(), request);
            }
            entries = FhirReads.fhir(() -> reads.journalOf(unit, pnr));
        } else {
            entries = FhirReads.fhir(() -> reads.journalOfUnit(unit));
        }
        return Paging.of(entries.stream().filter(FhirReads::isJournalProcedure)
                .filter(e -> FhirReads.matchesCode(code, Codes.KVA, e.kva()))
                .filter(e -> FhirReads.overlaps(date, e.date(), e.date()))
                .map(e -> reads.procedure(unit, e)).toList(), request);
    }
}
