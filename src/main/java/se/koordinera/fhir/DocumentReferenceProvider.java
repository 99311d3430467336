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
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import se.koordinera.journal.JournalEntry;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.sickleave.engine.CertificateFacts;

/**
 * DocumentReference: the sick-leave certificates (FK 7804; identifier = certificate id) and the
 * journal hand-off texts (journalunderlag, id {@code j-<entry>}) for EHRs that fetch them.
 * Search by {@code patient}, {@code date}, {@code identifier}; without patient the unit's hand-off texts.
 */
@Component
public class DocumentReferenceProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    DocumentReferenceProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<DocumentReference> getResourceType() {
        return DocumentReference.class;
    }

    @Read
    public DocumentReference read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        String part = id.getIdPart();
        if (part.startsWith("j-")) {
            long entryId = FhirSupport.number(part.substring(2), id);
            return FhirReads.fhir(() -> reads.journalDocument(unit, reads.journalEntry(unit, entryId)));
        }
        FhirReads.CertificateAt c = FhirReads.fhir(() -> reads.certificate(unit, part)).orElseThrow(() -> FhirReads.notFound(id.getValue()));
        return reads.certificateDocument(unit, c.patient(), c.certificate());
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = DocumentReference.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = DocumentReference.SP_DATE) DateRangeParam date,
            @OptionalParam(name = DocumentReference.SP_IDENTIFIER) TokenParam identifier, RequestDetails request) {
        String unit = units.of(request);
        List<DocumentReference> out = new ArrayList<>();
        if (patient != null) {
            Personnummer pnr = reads.patientOf(patient).orElse(null);
            if (pnr == null) {
                return Paging.of(List.of(), request);
            }
            FhirReads.fhir(() -> {
                for (SickLeaveService.PatientCase pc : reads.sickLeaveCases(unit, pnr)) {
                    for (CertificateFacts c : pc.certificates()) {
                        out.add(reads.certificateDocument(unit, pnr, c));
                    }
                }
                for (JournalEntry e : reads.journalOf(unit, pnr)) {
                    out.add(reads.journalDocument(unit, e));
                }
                return null;
            });
        } else {
            for (JournalEntry e : FhirReads.fhir(() -> reads.journalOfUnit(unit))) {
                out.add(reads.journalDocument(unit, e));
            }
        }
        return Paging.of(out.stream()
                .filter(d -> FhirReads.overlaps(date, FhirSupport.localDate(d.getDate()), FhirSupport.localDate(d.getDate())))
                .filter(d -> identifier == null || d.getIdentifier().stream().anyMatch(i -> i.getValue().equals(identifier.getValue())
                        && (identifier.getSystem() == null || identifier.getSystem().isEmpty() || identifier.getSystem().equals(i.getSystem()))))
                .toList(), request);
    }
}
