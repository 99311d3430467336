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
public class CaseApiController {

    private final CaseService cases;
    private final SickLeaveService sickLeaves;
    private final CoordinationSettings settings;

    private final Clock clock;


    public CaseApiController(CaseService cases, SickLeaveService sickLeaves, CoordinationSettings settings, Clock clock) {

        this.clock = clock;
        this.cases = cases;
        this.sickLeaves = sickLeaves;
        this.settings = settings;
    }

    public record NewCase(Personnummer patientId, CaseReason reason, String patientName) {
    }

    /** Shared by API and UI. */
    public static NewCase parseNewCase(Map<String, Object> body) {
        Input in = Input.of(body, "patientId", "reason", "patientName");
        String id = in.text("patientId", true);
        Personnummer patient = null;
        if (id != null) {
            try {
                patient = Personnummer.parse(id);
            } catch (InvalidPersonnummerException e) {
                in.problem("patientId", e.getMessage());
            }
        }
        CaseReason reason = in.enumValue("reason", CaseReason.class, true);
        String name = in.text("patientName", false);
        in.failIfProblems();
        return new NewCase(patient, reason, name);
    }

    public static CaseService.NewIntervention parseIntervention(Map<String, Object> body, LocalDate today) {
        Input in = Input.of(body, "type", "date", "note", "actor");
        InterventionType type = in.enumValue("type", InterventionType.class, true);
        LocalDate date = in.date("date", true, today);
        String note = in.note("note", true);
        Actor actor = in.enumValue("actor", Actor.class, false);
        if (type == InterventionType.COLLABORATION && actor == null && in.ok()) {
            in.problem("actor", "Samverkan kräver en aktör: EMPLOYER, FK, AF eller MUNICIPALITY");
        } else if (type == InterventionType.COLLABORATION && actor == Actor.OTHER_CARE_UNIT) {
            in.problem("actor", "Samverkan med en annan vårdenhet dokumenteras som intern samordning (INTERNAL_COORDINATION)");
        } else if (type == InterventionType.INTERNAL_COORDINATION && actor != null && actor != Actor.OTHER_CARE_UNIT) {
            in.problem("actor", "Intern samordning sker inom vårdenheten (ingen aktör) eller med OTHER_CARE_UNIT");
        } else if (type == InterventionType.PERSONAL_SUPPORT && actor != null) {
            in.problem("actor", "Personligt stöd ges till patienten: ange ingen aktör");
        }
        in.failIfProblems();
        return new CaseService.NewIntervention(type, date, note, actor);
    }

    @PostMapping("/cases")
    @Operation(summary = "Registrera ett koordineringsärende (SICK_LEAVE eller PREVENTIVE enligt regionens policy)")
    public ResponseEntity<CoordinationCase> create(@RequestParam String unit, @RequestBody Map<String, Object> body) {
        NewCase input = parseNewCase(body);
        CoordinationCase c = cases.register(unit, input.patientId(), input.reason(), input.patientName());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + c.id() + "?unit=" + unit)).body(c);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "Ett ärende med historik över tillståndsändringar")
    public CoordinationCase get(@PathVariable long id, @RequestParam String unit) {
        return cases.get(unit, id);
    }

    @GetMapping("/units/{unitId}/cases")
    @Operation(summary = "Vårdenhetens koordineringsärenden, valfritt filtrerade på tillstånd")
    public CaseList list(@PathVariable String unitId, @RequestParam(required = false) String state) {
        CaseState s = null;
        if (state != null && !state.isBlank()) {
            try {
                s = CaseState.valueOf(state);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("state", "Okänt tillstånd " + state);
            }
        }
        return cases.list(unitId, s);
    }

    @PostMapping("/cases/{id}/assessment")
    @Operation(summary = "Läkarens bedömning om koordinering är relevant (R3, endast läkare)")
    public CoordinationCase assess(@PathVariable long id, @RequestParam String unit, @RequestBody Map<String, Object> body) {
        Input in = Input.of(body, "relevant", "note", "version");
        Boolean relevant = in.bool("relevant", true);
        String note = in.note("note", false);
        Integer version = in.integer("version", false, 0, Integer.MAX_VALUE);
        in.failIfProblems();
        return cases.assess(unit, id, relevant, note, version);
    }

    @PostMapping("/cases/{id}/offer")
    @Operation(summary = "Erbjud koordinering (kräver en läkares bedömning att det är relevant)")
    public CoordinationCase offer(@PathVariable long id, @RequestParam String unit, @RequestBody(required = false) Map<String, Object> body) {
        Simple s = simple(body);
        return cases.offer(unit, id, s.note(), s.version());
    }

    @PostMapping("/cases/{id}/accept")
    @Operation(summary = "Patienten accepterar erbjudandet (kräver aktivt samtycke till koordinering)")
    public CoordinationCase accept(@PathVariable long id, @RequestParam String unit, @RequestBody(required = false) Map<String, Object> body) {
        Simple s = simple(body);
        return cases.accept(unit, id, s.note(), s.version());
    }

    @PostMapping("/cases/{id}/decline")
    @Operation(summary = "Patienten avböjer erbjudandet")
    public CoordinationCase decline(@PathVariable long id, @RequestParam String unit, @RequestBody(required = false) Map<String, Object> body) {
        Simple s = simple(body);
        return cases.decline(unit, id, s.note(), s.version());
    }

    @PostMapping("/cases/{id}/close")
    @Operation(summary = "Avsluta ärendet med ett utfall")
    public CoordinationCase close(@PathVariable long id, @RequestParam String unit, @RequestBody Map<String, Object> body) {
        Input in = Input.of(body, "outcome", "note", "version");
        Outcome outcome = in.enumValue("outcome", Outcome.class, true);
        String note = in.note("note", false);
        Integer version = in.integer("version", false, 0, Integer.MAX_VALUE);
        in.failIfProblems();
        return cases.close(unit, id, outcome, note, version);
    }

    @PostMapping("/cases/{id}/interventions")
    @Operation(summary = "Dokumentera en koordineringsinsats (KVÅ GC001, avgiftsfri, utan diagnos)")
    public ResponseEntity<JournalEntry> intervention(@PathVariable long id, @RequestParam String unit, @RequestBody Map<String, Object> body) {
        JournalEntry entry = cases.intervention(unit, id, parseIntervention(body, LocalDate.now(clock)));
        return ResponseEntity.status(201).body(entry);
    }

    @PostMapping("/cases/{id}/fk-notifications")
    @Operation(summary = "Informera Försäkringskassan om behov av rehabiliteringsåtgärder (kräver samtycke INFORM_FK)")
    public ResponseEntity<FkNotification> notifyFk(@PathVariable long id, @RequestParam String unit,
            @RequestBody(required = false) Map<String, Object> body) {
        Input in = Input.of(body, "note");
        String note = in.note("note", false);
        in.failIfProblems();
        FkNotification n = cases.notifyFk(unit, id, note);
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
            throw new InvalidInputException("minDays", "minDays ska vara mellan 1 och 365");
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
    public CoordinationSettings.Settings putSettings(@PathVariable String unitId, @RequestBody Map<String, Object> body) {
        Input in = Input.of(body, "candidateMinDays");
        Integer days = in.integer("candidateMinDays", true, 1, 365);
        in.failIfProblems();
        return settings.set(unitId, days);
    }

    static ResponseEntity<byte[]> pdf(Letter letter, boolean attachment) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(letter.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(letter.pdf());
    }

    record Simple(String note, Integer version) {
    }

    static Simple simple(Map<String, Object> body) {
        Input in = Input.of(body, "note", "version");
        String note = in.note("note", false);
        Integer version = in.integer("version", false, 0, Integer.MAX_VALUE);
        in.failIfProblems();
        return new Simple(note, version);
    }
}
