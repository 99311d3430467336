package se.koordinera.journal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.koordinera.patient.Personnummer;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Journalunderlag", description = "Färdig text för patientjournalen i vårdens journalsystem och markering av överförda anteckningar")
class HandoffApiController {

    private final JournalService journal;

    HandoffApiController(JournalService journal) {
        this.journal = journal;
    }

    @GetMapping("/patients/{patientId}/journal-handoff")
    @Operation(summary = "Patientens journalunderlag på vårdenheten (med notTransferred=true bara de som inte är överförda), äldst först")
    Handoff.Handoffs patient(@PathVariable String patientId, @RequestParam String unit,
            @RequestParam(defaultValue = "false") boolean notTransferred) {
        return journal.handoffs(unit, Personnummer.parse(patientId), notTransferred);
    }

    @GetMapping("/units/{unitId}/journal-handoff")
    @Operation(summary = "Vårdenhetens anteckningar som ännu inte är överförda till journalsystemet, äldst först")
    Handoff.Handoffs unit(@PathVariable String unitId) {
        return journal.notTransferred(unitId);
    }

    @GetMapping("/journal/{entryId}/handoff")
    @Operation(summary = "En antecknings journalunderlag")
    Handoff one(@PathVariable long entryId, @RequestParam String unit) {
        return journal.handoff(unit, entryId);
    }

    @PostMapping("/journal/{entryId}/transfer")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Markera anteckningen som överförd till journalen (vem och när; kan inte ångras: 409 andra gången)")
    Handoff transfer(@PathVariable long entryId, @RequestParam String unit) {
        return journal.markTransferred(unit, entryId);
    }
}
