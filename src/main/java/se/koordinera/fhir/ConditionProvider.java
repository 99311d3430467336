package se.koordinera.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.sickleave.engine.CertificateFacts;

/** Condition: the diagnoses (ICD-10-SE) of the patient's sick-leave certificates; search by {@code patient} and {@code code}. */
@Component
public class ConditionProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    ConditionProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Read
    public Condition read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        String part = id.getIdPart();
        int dx = part.indexOf("-dx-");
        if (dx < 0) {
            throw FhirReads.notFound(id.getValue());
        }
        int n = (int) FhirSupport.number(part.substring(dx + 4), id);
        FhirReads.CertificateAt c = FhirReads.fhir(() -> reads.certificate(unit, part.substring(0, dx)))
                .orElseThrow(() -> FhirReads.notFound(id.getValue()));
        List<Condition> all = reads.conditions(c.patient(), c.certificate(), c.caseActive());
        if (n < 0 || n >= all.size()) {
            throw FhirReads.notFound(id.getValue());
        }
        return all.get(n);
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@RequiredParam(name = Condition.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = Condition.SP_CODE) TokenParam code, RequestDetails request) {
        String unit = units.of(request);
        Personnummer pnr = reads.patientOf(patient).orElse(null);
        if (pnr == null) {
            return Paging.of(List.of(), request);
        }
        List<Condition> out = new ArrayList<>();
        for (SickLeaveService.PatientCase pc : FhirReads.fhir(() -> reads.sickLeaveCases(unit, pnr))) {
            for (CertificateFacts c : pc.certificates()) {
                out.addAll(reads.conditions(pnr, c, pc.summary().active()));
            }
        }
        return Paging.of(out.stream().filter(c -> code == null
                || FhirReads.matchesCode(code, Codes.ICD10_SE, c.getCode().getCodingFirstRep().getCode())).toList(), request);
    }
}
