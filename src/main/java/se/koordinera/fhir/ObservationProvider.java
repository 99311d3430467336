package se.koordinera.fhir;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.sickleave.engine.CertificateFacts;

/** Observation: the sick-leave periods (degree in %, effectivePeriod) of the certificates; {@code patient}, {@code date}, {@code derived-from}. */
@Component
public class ObservationProvider implements IResourceProvider {

    private final FhirReads reads;
    private final RequestUnit units;

    ObservationProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Read
    public Observation read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        String part = id.getIdPart();
        int p = part.indexOf("-p-");
        if (p < 0) {
            throw FhirReads.notFound(id.getValue());
        }
        int n = (int) FhirSupport.number(part.substring(p + 3), id);
        FhirReads.CertificateAt c = FhirReads.fhir(() -> reads.certificate(unit, part.substring(0, p)))
                .orElseThrow(() -> FhirReads.notFound(id.getValue()));
        List<Observation> all = reads.periods(c.patient(), c.certificate());
        if (n < 0 || n >= all.size()) {
            throw FhirReads.notFound(id.getValue());
        }
        return all.get(n);
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
            @OptionalParam(name = Observation.SP_DERIVED_FROM) ReferenceParam derivedFrom, RequestDetails request) {
        String unit = units.of(request);
        Personnummer pnr = reads.patientOf(patient).orElse(null);
        if (pnr == null) {
            return Paging.of(List.of(), request);
        }
        List<Observation> out = new ArrayList<>();
        for (SickLeaveService.PatientCase pc : FhirReads.fhir(() -> reads.sickLeaveCases(unit, pnr))) {
            for (CertificateFacts c : pc.certificates()) {
                for (Observation o : reads.periods(pnr, c)) {
                    var period = o.getEffectivePeriod();
                    if (FhirReads.overlaps(date, FhirSupport.localDate(period.getStart()), FhirSupport.localDate(period.getEnd()))
                            && (derivedFrom == null || o.getDerivedFromFirstRep().getReference().equals("DocumentReference/" + derivedFrom.getIdPart()))) {
                        out.add(o);
                    }
                }
            }
        }
        return Paging.of(out, request);
    }
}
