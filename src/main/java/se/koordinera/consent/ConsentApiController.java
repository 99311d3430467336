package se.koordinera.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.koordinera.patient.Personnummer;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Samtycken", description = "Patientens samtycken och återkallelser (R5, R7, R13)")
class ConsentApiController {

    private final ConsentService consents;

    ConsentApiController(ConsentService consents) {
        this.consents = consents;
    }

    @PostMapping("/patients/{patientId}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registrera ett samtycke (skriver en journalanteckning)")
    public Consent give(@PathVariable String patientId, @RequestParam String unit, @RequestBody ConsentRequests.NewConsent body) {
        return consents.give(unit, Personnummer.parse(patientId), body);
    }

    @PostMapping("/consents/{id}/withdrawal")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Återkalla ett samtycke (ett nytt faktum; skriver en journalanteckning)")
    public Consent withdraw(@PathVariable long id, @RequestParam String unit, @RequestBody ConsentRequests.Withdrawal body) {
        return consents.withdraw(unit, id, body.withdrawn(), body.note());
    }

    @GetMapping("/patients/{patientId}/consents")
    @Operation(summary = "Patientens samtycken på vårdenheten, även återkallade")
    public List<Consent> list(@PathVariable String patientId, @RequestParam String unit) {
        return consents.list(unit, Personnummer.parse(patientId));
    }
}
