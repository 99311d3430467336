package se.koordinera.integration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.PatientId;
import se.koordinera.audit.UnitId;
import se.koordinera.integration.riv.rehabilitation.v1.Formaga;
import se.koordinera.integration.riv.rehabilitation.v1.IntygsData;
import se.koordinera.patient.Personnummer;
import se.koordinera.region.CareUnit;
import se.koordinera.region.RegionService;

/**
 * One patient's sick-leave certificates from Intygstjänsten (ListSickLeavesForPerson), fetched on
 * demand for the patient page. The producer answers across all care providers; only what belongs
 * to the user's care provider (the unit's region) is shown, and nothing reveals whether other
 * providers have any (PDL: each provider is its own information domain).
 */
@Service
public class PersonHistoryService {

    private final IntygstjanstClient client;
    private final RegionService regions;

    PersonHistoryService(IntygstjanstClient client, RegionService regions) {
        this.client = client;
        this.regions = regions;
    }

    public record Period(LocalDate from, LocalDate to, Integer degree) {
    }

    public record HistoryCertificate(String id, LocalDate signed, String unitId, String unitName, String doctorName, String diagnosisCode,
            List<String> secondaryDiagnoses, List<Period> periods) {
    }

    public record PersonHistory(String patientId, List<HistoryCertificate> certificates) {
    }

    public boolean configured() {
        return client.personHistoryConfigured();
    }

    @PatientData(function = "intygshistorik från Intygstjänsten")
    public PersonHistory history(@UnitId String unitId, @PatientId Personnummer patient) {
        CareUnit unit = regions.unit(unitId);
        Set<String> providerUnits = regions.unitsOfRegion(unit.regionId()).stream().map(CareUnit::id).collect(Collectors.toSet());
        IntygstjanstClient.Answer answer = client.sickLeavesOfPerson(patient.value());
        List<HistoryCertificate> mine = new ArrayList<>();
        for (IntygsData d : answer.certificates()) {
            String issuedAt = d.skapadAv == null || d.skapadAv.enhet == null ? null : FeedMapper.ext(d.skapadAv.enhet.enhetsId);
            String provider = d.skapadAv == null || d.skapadAv.enhet == null || d.skapadAv.enhet.vardgivare == null ? null
                    : FeedMapper.ext(d.skapadAv.enhet.vardgivare.vardgivarId);
            boolean ours = provider != null ? provider.equals(unit.regionId()) : issuedAt != null && providerUnits.contains(issuedAt);
            String holder = d.patient == null || d.patient.personId == null ? null : FeedMapper.normalizePersonnummer(d.patient.personId.extension);
            if (!ours || !patient.value().equals(holder)) {
                continue;
            }
            List<Period> periods = new ArrayList<>();
            if (d.arbetsformaga != null) {
                for (Formaga f : d.arbetsformaga.formaga) {
                    periods.add(new Period(f.startdatum, f.slutdatum, f.nedsattning));
                }
            }
            mine.add(new HistoryCertificate(d.intygsId, d.signeringsTidpunkt == null ? null : d.signeringsTidpunkt.toLocalDate(), issuedAt,
                    d.skapadAv.enhet.enhetsnamn, d.skapadAv.fullstandigtNamn, d.diagnoskod, List.copyOf(d.bidiagnoser), periods));
        }
        mine.sort(Comparator.comparing(HistoryCertificate::signed, Comparator.nullsLast(Comparator.reverseOrder())));
        return new PersonHistory(patient.value(), mine);
    }
}
