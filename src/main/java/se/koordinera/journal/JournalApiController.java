package se.koordinera.journal;

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
import se.koordinera.coordination.Input;
import se.koordinera.patient.Personnummer;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Koordineringsjournal", description = "Journalanteckningar för koordinering (KVÅ GC001, utan diagnos)")
public class JournalApiController {

    private final JournalService journal;

    public JournalApiController(JournalService journal) {
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
    public JournalEntry correct(@PathVariable long entryId, @RequestParam String unit, @RequestBody Map<String, Object> body) {
        Input in = Input.of(body, "text");
        String text = in.note("text", true);
        in.failIfProblems();
        return journal.correct(unit, entryId, text);
    }
}
