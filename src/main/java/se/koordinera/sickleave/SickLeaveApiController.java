package se.koordinera.sickleave;

import java.time.Clock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.koordinera.patient.Personnummer;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sjukfall", description = "Import av sjukintyg och vårdenhetens sjukfall")
class SickLeaveApiController {

    private final CertificateImportService importer;
    private final SickLeaveService sickLeaves;

    private final Clock clock;

    SickLeaveApiController(CertificateImportService importer, SickLeaveService sickLeaves, Clock clock) {
        this.clock = clock;
        this.importer = importer;
        this.sickLeaves = sickLeaves;
    }

    @PostMapping("/certificates")
    @Operation(summary = "Importera sjukintyg (högst 10 000 per begäran, allt eller inget)")
    public ImportResult importCertificates(@RequestBody List<CertificateInput> batch) {
        Set<String> units = CertificateImportService.validate(batch);
        return importer.importCertificates(units, batch);
    }

    @GetMapping("/units/{unitId}/sick-leaves")
    @Operation(summary = "Vårdenhetens pågående sjukfall med filter och sortering",
            description = "Varje sjukfall har rehabChainDay (dag i rehabiliteringskedjan: kalenderdagar från sjukfallets start till activeOn,"
                    + " uppehållsdagar inom sjukfallet medräknade, startdagen är dag 1) och nextMilestone {day: 90|180|365, date} (null efter"
                    + " dag 365 och för ett avslutat sjukfall). Tidigare sjukperioder som Försäkringskassan lägger samman med detta är okända.",
            parameters = {
                @Parameter(name = "newSince", in = ParameterIn.QUERY, description = "Bara sjukfall med ett intyg signerat denna dag eller"
                        + " senare (ÅÅÅÅ-MM-DD); ett ogiltigt datum ger 400", schema = @Schema(type = "string", format = "date")),
                @Parameter(name = "milestoneWithinDays", in = ParameterIn.QUERY, description = "Bara sjukfall som når nästa gräns i"
                        + " rehabiliteringskedjan (dag 90, 180 eller 365) inom så många dagar (0-365)",
                        schema = @Schema(type = "integer", minimum = "0", maximum = "365")),
                @Parameter(name = "sort", in = ParameterIn.QUERY, description = "days, start, end, patient, degree, ..., milestone"
                        + " (dagar kvar till nästa gräns); prefix - för fallande")
            })
    public SickLeaveList unitSickLeaves(@PathVariable String unitId, @RequestParam MultiValueMap<String, String> params) {
        return sickLeaves.overview(unitId, SickLeaveQuery.parse(params, LocalDate.now(clock)));
    }

    @GetMapping("/patients/{patientId}/sick-leaves")
    @Operation(summary = "Patientens alla sjukfall på vårdenheten, nyast först")
    public List<SickLeaveService.PatientCase> patientSickLeaves(@PathVariable String patientId, @RequestParam String unit) {
        return sickLeaves.patientCases(unit, Personnummer.parse(patientId), LocalDate.now(clock));
    }
}
