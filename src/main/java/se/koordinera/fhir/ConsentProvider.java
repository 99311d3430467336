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
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import se.koordinera.patient.Personnummer;

/** Consent: given (active) and withdrawn (inactive, {@code provision.period.end}) consents (R13); {@code patient}, {@code status}, {@code date}. */
@Component
public class ConsentProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    ConsentProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<Consent> getResourceType() {
        return Consent.class;
    }

    @Read
    public Consent read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        String part = id.getIdPart();
        int cs = part.indexOf("-cs-");
        if (cs < 0) {
            throw FhirReads.notFound(id.getValue());
        }
        long consentId = FhirSupport.number(part.substring(cs + 4), id);
        Personnummer pnr = reads.patientOfAlias(part.substring(0, cs)).orElseThrow(() -> FhirReads.notFound(id.getValue()));
        return FhirReads.fhir(() -> reads.consentsOf(unit, pnr)).stream().filter(c -> c.id() == consentId).findFirst()
                .map(c -> reads.consent(unit, c)).orElseThrow(() -> FhirReads.notFound(id.getValue()));
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@RequiredParam(name = Consent.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = Consent.SP_STATUS) TokenParam status, @OptionalParam(name = Consent.SP_DATE) DateRangeParam date,
            RequestDetails request) {
        String unit = units.of(request);
        Personnummer pnr = reads.patientOf(patient).orElse(null);
        if (pnr == null) {
            return Paging.of(List.of(), request);
        }
        List<se.koordinera.consent.Consent> all;
        try {
            all = FhirReads.fhir(() -> reads.consentsOf(unit, pnr));
        } catch (ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException e) {
            return Paging.of(List.of(), request);
        }
        return Paging.of(all.stream().map(c -> reads.consent(unit, c))
                .filter(c -> status == null || c.getStatus().toCode().equals(status.getValue()))
                .filter(c -> FhirReads.overlaps(date, FhirSupport.localDate(c.getDateTime()), FhirSupport.localDate(c.getDateTime())))
                .toList(), request);
    }
}
