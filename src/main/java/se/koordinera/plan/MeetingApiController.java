package se.koordinera.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Överenskommelse och möten", description = "Patientkontrakt (R8) och avstämningsmöten (R12)")
public class MeetingApiController {

    private final MeetingService meetings;

    public MeetingApiController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/cases/{id}/agreement")
    @Operation(summary = "Patientkontraktet: senaste versionen och alla versioner")
    public MeetingService.Agreements agreement(@PathVariable long id, @RequestParam String unit) {
        return meetings.agreements(unit, id);
    }

    @PostMapping("/cases/{id}/agreement")
    @Operation(summary = "Spara en ny version av patientkontraktet (basedOnVersion = versionen du ändrade, 0 för den första)")
    public ResponseEntity<Agreement> saveAgreement(@PathVariable long id, @RequestParam String unit, @RequestBody PlanRequests.Agreement body) {
        Agreement a = meetings.saveAgreement(unit, id, AgreementRules.draft(body));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/agreement/pdf?unit=" + unit + "&version=" + a.version())).body(a);
    }

    @GetMapping("/cases/{id}/agreement/pdf")
    @Operation(summary = "Patientkontraktet som PDF för patienten (klarspråk)")
    public ResponseEntity<byte[]> agreementPdf(@PathVariable long id, @RequestParam String unit, @RequestParam(required = false) Integer version) {
        return download(meetings.agreementPdf(unit, id, version), false);
    }

    @GetMapping("/cases/{id}/meetings")
    @Operation(summary = "Ärendets möten och kontakter med anteckningar")
    public MeetingService.Meetings list(@PathVariable long id, @RequestParam String unit) {
        return meetings.meetings(unit, id);
    }

    @PostMapping("/cases/{id}/meetings")
    @Operation(summary = "Boka ett avstämningsmöte eller en annan kontakt (samtycke krävs för externa deltagare)")
    public ResponseEntity<Meeting> book(@PathVariable long id, @RequestParam String unit, @RequestBody PlanRequests.Booking body) {
        Meeting m = meetings.book(unit, id, MeetingRules.booking(body));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + m.id() + "/invitation.ics?unit=" + unit)).body(m);
    }

    @PostMapping("/meetings/{id}/minutes")
    @Operation(summary = "Anteckningar och överenskomna åtgärder (ny version varje gång); första gången registreras mötet som insats GC001")
    public ResponseEntity<Meeting> minutes(@PathVariable long id, @RequestParam String unit, @RequestBody PlanRequests.Minutes body) {
        return ResponseEntity.status(201).body(meetings.recordMinutes(unit, id, MeetingRules.minutes(body)));
    }

    @PostMapping("/meetings/{id}/move")
    @Operation(summary = "Flytta mötet (ny tid och längd); kallelsen får högre SEQUENCE, samma UID; journalanteckning")
    public Meeting move(@PathVariable long id, @RequestParam String unit, @RequestBody PlanRequests.MeetingMove body) {
        return meetings.move(unit, id, body);
    }

    @PostMapping("/meetings/{id}/cancellation")
    @Operation(summary = "Ställ in mötet; kallelsen blir METHOD:CANCEL, STATUS:CANCELLED med högre SEQUENCE; journalanteckning")
    public Meeting cancel(@PathVariable long id, @RequestParam String unit, @RequestBody PlanRequests.MeetingCancel body) {
        return meetings.cancel(unit, id, body);
    }

    @GetMapping("/meetings/{id}/invitation.ics")
    @Operation(summary = "Kallelse som iCalendar-fil (.ics)")
    public ResponseEntity<byte[]> invitation(@PathVariable long id, @RequestParam String unit) {
        return download(meetings.invitation(unit, id), true);
    }

    static ResponseEntity<byte[]> download(MeetingService.Document d, boolean attachment) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
                        .filename(d.fileName()).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(d.content());
    }
}
