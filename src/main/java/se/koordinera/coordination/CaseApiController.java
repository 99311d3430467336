package se.koordinera.coordination;

import java.time.Clock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.koordinera.journal.JournalEntry;
import se.koordinera.patient.InvalidPersonnummerException;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.CandidateList;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.shared.InvalidInputException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Koordinering", description = "Koordineringsärenden, insatser (KVÅ GC001) och information till Försäkringskassan")
class CaseApiController {

    private final CaseService cases;
    private final SickLeaveService sickLeaves;
    private final CoordinationSettings settings;

    private final Clock clock;

    CaseApiController(CaseService cases, SickLeaveService sickLeaves, CoordinationSettings settings, Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.sickLeaves = sickLeaves;
        this.settings = settings;
    }

    @PostMapping("/cases")
    @Operation(summary = "Registrera ett koordineringsärende (SICK_LEAVE eller PREVENTIVE enligt regionens policy)")
    public ResponseEntity<CoordinationCase> create(@RequestParam String unit, @RequestBody CaseRequests.NewCase body) {
        CoordinationCase c = cases.register(unit, Personnummer.parse(body.patientId()), body.reason(), body.patientName());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id() + "?unit=" + unit)).body(c);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "Ett ärende med historik över tillståndsändringar")
    public CoordinationCase get(@PathVariable long id, @RequestParam String unit) {
        return cases.get(unit, id);
    }

    @GetMapping("/units/{unitId}/cases")
    @Operation(summary = "Vårdenhetens koordineringsärenden, valfritt filtrerade på tillstånd och på ansvarig"
            + " (responsible=me för den inloggade användarens ärenden, eller en HSA-id)")
    public CaseList list(@PathVariable String unitId, @RequestParam(required = false) String state,
            @RequestParam(required = false) String responsible) {
        CaseState s = null;
        if (state != null && !state.isBlank()) {
            try {
                s = CaseState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("state", "Okänt tillstånd " + state);
            }
        }
        String who = responsible == null || responsible.isBlank() ? null : responsible.trim();
        if (who != null && !who.equals("me") && !who.matches("[A-Za-z0-9-]{1,64}")) {
            throw new InvalidInputException("responsible", "Ansvarig ska vara me eller en HSA-id");
        }
        return cases.list(unitId, s, who);
    }

    @PostMapping("/cases/{id}/assessment")
    @Operation(summary = "Läkarens bedömning om koordinering är relevant (R3, endast läkare)")
    public CoordinationCase assess(@PathVariable long id, @RequestParam String unit, @RequestBody CaseRequests.Assessment body) {
        return cases.assess(unit, id, body.relevant(), body.note(), body.version());
    }

    @PostMapping("/cases/{id}/offer")
    @Operation(summary = "Erbjud koordinering (kräver en läkares bedömning att det är relevant)")
    public CoordinationCase offer(@PathVariable long id, @RequestParam String unit,
            @RequestBody(required = false) CaseRequests.Step body) {
        CaseRequests.Step s = body == null ? CaseRequests.Step.EMPTY : body;
        return cases.offer(unit, id, s.note(), s.version());
    }

    @PostMapping("/cases/{id}/accept")
    @Operation(summary = "Patienten accepterar erbjudandet (kräver aktivt samtycke till koordinering)")
    public CoordinationCase accept(@PathVariable long id, @RequestParam String unit,
            @RequestBody(required = false) CaseRequests.Step body) {
        CaseRequests.Step s = body == null ? CaseRequests.Step.EMPTY : body;
        return cases.accept(unit, id, s.note(), s.version());
    }

    @PostMapping("/cases/{id}/decline")
    @Operation(summary = "Patienten avböjer erbjudandet")
    public CoordinationCase decline(@PathVariable long id, @RequestParam String unit,
            @RequestBody(required = false) CaseRequests.Step body) {
        CaseRequests.Step s = body == null ? CaseRequests.Step.EMPTY : body;
        return cases.decline(unit, id, s.note(), s.version());
    }

    @PostMapping("/cases/{id}/close")
    @Operation(summary = "Avsluta ärendet med ett utfall")
    public CoordinationCase close(@PathVariable long id, @RequestParam String unit, @RequestBody CaseRequests.Close body) {
        return cases.close(unit, id, body.outcome(), body.note(), body.version());
    }

    @PostMapping("/cases/{id}/interventions")
    @Operation(summary = "Dokumentera en koordineringsinsats (KVÅ GC001, avgiftsfri, utan diagnos)")
    public ResponseEntity<JournalEntry> intervention(@PathVariable long id, @RequestParam String unit,
            @RequestBody CaseRequests.Intervention body) {
        JournalEntry entry = cases.intervention(unit, id, body);
        return ResponseEntity.status(201).body(entry);
    }

    @PostMapping("/cases/{id}/fk-notifications")
    @Operation(summary = "Informera Försäkringskassan om behov av rehabiliteringsåtgärder (kräver samtycke INFORM_FK)")
    public ResponseEntity<FkNotification> notifyFk(@PathVariable long id, @RequestParam String unit,
            @RequestBody(required = false) CaseRequests.FkNotice body) {
        FkNotification n = cases.notifyFk(unit, id, (body == null ? CaseRequests.FkNotice.EMPTY : body).note());
        return ResponseEntity.created(URI.create(n.letterUrl())).body(n);
    }

    @GetMapping("/fk-notifications/{id}/letter")
    @Operation(summary = "Brevet till Försäkringskassan som PDF")
    public ResponseEntity<byte[]> letter(@PathVariable long id, @RequestParam String unit) {
        return pdf(cases.letter(unit, id), false);
    }

    @GetMapping("/units/{unitId}/coordination-candidates")
    @Operation(summary = "Arbetslista: patienter som kan behöva koordinering och saknar öppet ärende")
    public CandidateList candidates(@PathVariable String unitId, @RequestParam(required = false) Integer minDays) {
        if (minDays != null && (minDays < 1 || minDays > 365)) {
            throw new InvalidInputException("minDays", "Ange ett antal dagar mellan 1 och 365");
        }
        int days = minDays != null ? minDays : settings.get(unitId).candidateMinDays();
        return sickLeaves.candidates(unitId, days, LocalDate.now(clock));
    }

    @GetMapping("/units/{unitId}/coordination-settings")
    @Operation(summary = "Vårdenhetens inställning för arbetslistan")
    public CoordinationSettings.Settings getSettings(@PathVariable String unitId) {
        return settings.get(unitId);
    }

    @PutMapping("/units/{unitId}/coordination-settings")
    @Operation(summary = "Ändra vårdenhetens inställning (verksamhetschef)")
    public CoordinationSettings.Settings putSettings(@PathVariable String unitId, @RequestBody CaseRequests.Settings body) {
        return settings.set(unitId, body.candidateMinDays());
    }

    static ResponseEntity<byte[]> pdf(Letter letter, boolean attachment) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(letter.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(letter.pdf());
    }

}
