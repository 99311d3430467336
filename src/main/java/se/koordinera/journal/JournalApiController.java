package se.koordinera.journal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import jakarta.validation.constraints.NotBlank;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.BoundRequest;
import se.koordinera.shared.Note;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Koordineringsjournal", description = "Journalanteckningar för koordinering (KVÅ GC001, utan diagnos)")
class JournalApiController {

    private final JournalService journal;

    /** A correction of a journal entry: a new entry that refers to it (the original stays). */
    @BoundRequest
    @Schema(name = "JournalCorrectionRequest")
    public record Correction(@NotBlank(message = "Skriv den rättade texten") @Note String text) {
    }

    JournalApiController(JournalService journal) {
        this.journal = journal;
    }

    @GetMapping("/patients/{patientId}/journal")
    @Operation(summary = "Patientens koordineringsanteckningar på vårdenheten, äldst först")
    public List<JournalEntry> journal(@PathVariable String patientId, @RequestParam String unit) {
        return journal.journal(unit, Personnummer.parse(patientId));
    }

    @PostMapping("/journal/{entryId}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rätta en anteckning: en ny anteckning som hänvisar till den rättade")
    public JournalEntry correct(@PathVariable long entryId, @RequestParam String unit, @RequestBody Correction body) {
        return journal.correct(unit, entryId, body.text());
    }
}
