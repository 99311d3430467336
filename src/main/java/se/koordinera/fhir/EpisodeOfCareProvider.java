package se.koordinera.fhir;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
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
import java.util.Optional;
import java.util.Set;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;
import se.koordinera.coordination.CoordinationCase;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.sickleave.engine.CertificateFacts;

/**
 * EpisodeOfCare: the sick-leave case (type {@code sjukfall}, id {@code <patient>-sf-<start>}) and the
 * coordination case (type {@code koordinering}, id {@code kc-<case>}). Search by {@code patient},
 * {@code type}, {@code status}, {@code date}, {@code organization}, {@code care-manager};
 * {@code _include=EpisodeOfCare:condition} adds the sick-leave case's diagnoses.
 */
@Component
public class EpisodeOfCareProvider implements IResourceProvider {

    static final String INCLUDE_CONDITION = "EpisodeOfCare:condition";

    private final FhirReads reads;
    private final RequestUnit units;

    EpisodeOfCareProvider(FhirReads reads, RequestUnit units) {
        this.reads = reads;
        this.units = units;
    }

    @Override
    public Class<EpisodeOfCare> getResourceType() {
        return EpisodeOfCare.class;
    }

    @Read
    public EpisodeOfCare read(@IdParam IdType id, RequestDetails request) {
        String unit = units.of(request);
        String part = id.getIdPart();
        if (part.startsWith("kc-")) {
            long caseId = FhirSupport.number(part.substring(3), id);
            return FhirReads.fhir(() -> reads.coordinationEpisode(unit, reads.coordinationCase(unit, caseId)));
        }
        int sf = part.indexOf("-sf-");
        if (sf > 0) {
            Personnummer pnr = reads.patientOfAlias(part.substring(0, sf)).orElseThrow(() -> FhirReads.notFound(id.getValue()));
            return FhirReads.fhir(() -> sickLeaveEpisodes(unit, pnr, false)).stream().filter(e -> e.getIdPart().equals(part)).findFirst()
                    .orElseThrow(() -> FhirReads.notFound(id.getValue()));
        }
        throw FhirReads.notFound(id.getValue());
    }

    @Search
    public ca.uhn.fhir.rest.api.server.IBundleProvider search(@OptionalParam(name = EpisodeOfCare.SP_PATIENT) ReferenceParam patient,
            @OptionalParam(name = EpisodeOfCare.SP_TYPE) TokenParam type,
            @OptionalParam(name = EpisodeOfCare.SP_STATUS) TokenParam status,
            @OptionalParam(name = EpisodeOfCare.SP_DATE) DateRangeParam date,
            @OptionalParam(name = EpisodeOfCare.SP_ORGANIZATION) ReferenceParam organization,
            @OptionalParam(name = EpisodeOfCare.SP_CARE_MANAGER) ReferenceParam careManager,
            @IncludeParam(allow = {INCLUDE_CONDITION}) Set<Include> includes, RequestDetails request) {
        String unit = units.of(request);
        if (organization != null && !unit.equals(organization.getIdPart())) {
            return Paging.of(List.of(), request);
        }
        boolean includeConditions = includes != null && includes.stream().anyMatch(i -> INCLUDE_CONDITION.equals(i.getValue()));
        boolean sjukfall = type == null || FhirReads.matchesCode(type, Codes.EPISODE_TYPE, Codes.SJUKFALL);
        boolean koordinering = type == null || FhirReads.matchesCode(type, Codes.EPISODE_TYPE, Codes.KOORDINERING);
        List<EpisodeOfCare> out = new ArrayList<>();
        Optional<Personnummer> pnr = Optional.empty();
        if (patient != null) {
            pnr = reads.patientOf(patient);
            if (pnr.isEmpty()) {
                return Paging.of(List.of(), request);
            }
        }
        Optional<Personnummer> who = pnr;
        FhirReads.fhir(() -> {
            if (sjukfall && careManager == null) {
                if (who.isPresent()) {
                    out.addAll(sickLeaveEpisodes(unit, who.get(), includeConditions));
                } else {
                    for (String p : patientsWithSickLeave(unit)) {
                        out.addAll(sickLeaveEpisodes(unit, Personnummer.parse(p), includeConditions));
                    }
                }
            }
            if (koordinering) {
                List<CoordinationCase> cs = who.isPresent() ? reads.casesOf(unit, who.get()) : reads.casesOfUnit(unit);
                for (CoordinationCase c : cs) {
                    out.add(reads.coordinationEpisode(unit, c.history() != null ? c : reads.coordinationCase(unit, c.id())));
                }
            }
            return null;
        });
        List<EpisodeOfCare> matching = out.stream()
                .filter(e -> status == null || e.getStatus().toCode().equals(status.getValue()))
                .filter(e -> FhirReads.overlaps(date, FhirSupport.localDate(e.getPeriod().getStart()),
                        e.getPeriod().getEnd() == null ? null : FhirSupport.localDate(e.getPeriod().getEnd())))
                .filter(e -> careManager == null || (e.hasCareManager()
                        && e.getCareManager().getReference().equals("Practitioner/" + careManager.getIdPart())))
                .toList();
        // _include=EpisodeOfCare:condition: the diagnoses the page's sick-leave cases refer to, marked as included.
        return Paging.of(matching, request, page -> {
            List<IBaseResource> included = new ArrayList<>();
            java.util.Set<String> added = new java.util.HashSet<>();
            for (IBaseResource r : page) {
                for (EpisodeOfCare.DiagnosisComponent d : ((EpisodeOfCare) r).getDiagnosis()) {
                    if (includeConditions && d.getCondition().getResource() instanceof Condition c && added.add(c.getIdPart())) {
                        ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(c, BundleEntrySearchModeEnum.INCLUDE);
                        included.add(c);
                    }
                    d.getCondition().setResource(null);
                }
            }
            return included;
        });
    }

    private List<String> patientsWithSickLeave(String unit) {
        return reads.patientsOfUnit(unit).stream().map(p -> p.getIdentifierFirstRep().getValue()).toList();
    }

    private List<EpisodeOfCare> sickLeaveEpisodes(String unit, Personnummer pnr, boolean includeConditions) {
        List<EpisodeOfCare> out = new ArrayList<>();
        for (SickLeaveService.PatientCase pc : reads.sickLeaveCases(unit, pnr)) {
            EpisodeOfCare e = reads.sickLeaveEpisode(unit, pnr, pc);
            if (includeConditions) {
                for (int i = 0; i < pc.certificates().size(); i++) {
                    CertificateFacts c = pc.certificates().get(i);
                    Condition main = reads.conditions(pnr, c, pc.summary().active()).get(0);
                    e.getDiagnosis().get(i).getCondition().setResource(main);
                }
            }
            out.add(e);
        }
        return out;
    }
}
