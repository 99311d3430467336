package se.koordinera.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.access.CurrentUser;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.Note;
import se.koordinera.shared.RequestBinder;
import se.koordinera.web.SelectedUnit;
import se.koordinera.web.SubmittedForm;

/** The page for the patient agreement and the meetings of a case, with the PDF and .ics downloads. */
@Controller
public class MeetingPageController {

    private final MeetingService meetings;
    private final CurrentUser currentUser;
    private final RequestBinder binder;
    private final Clock clock;

    public MeetingPageController(MeetingService meetings, CurrentUser currentUser, RequestBinder binder, Clock clock) {
        this.meetings = meetings;
        this.currentUser = currentUser;
        this.binder = binder;
        this.clock = clock;
    }

    /** A row of who does what by when, as typed. */
    record ActionRow(String text, String actor, String due) {
        static ActionRow of(CarePlan.Activity a) {
            return new ActionRow(a.text(), a.actor().name(), a.due().toString());
        }
    }

    /** The values of the agreement form: the latest version, or what the user typed when a save was refused. */
    record AgreementForm(String expectations, String worries, String agreed, List<ActionRow> actions, String contactPerson,
            String contactPhone, String nextContact) {
        static AgreementForm of(Agreement a, String userName) {
            return a == null ? new AgreementForm(null, null, null, List.of(), userName, null, null)
                    : new AgreementForm(a.expectations(), a.worries(), a.agreed(), a.actions().stream().map(ActionRow::of).toList(),
                            a.contactPerson(), a.contactPhone(), a.nextContact().toString());
        }

        static AgreementForm of(SubmittedForm f) {
            return new AgreementForm(f.value("expectations"), f.value("worries"), f.value("agreed"), actionRows(f, "actions"),
                    f.value("contactPerson"), f.value("contactPhone"), f.value("nextContact"));
        }
    }

    /** The values of the booking form; {@code names} by actor, {@code participants} the ticked actors. */
    record BookingForm(String kind, String date, String time, String durationMinutes, String location, boolean video, String videoLink,
            List<String> participants, Map<String, String> names, String agenda, boolean recordedAfterwards) {
        /**
         * The next weekday at 09:00: a booking is for a coming meeting, and "today at 09:00" was refused as
         * passed every time a coordinator booked after nine (found by the whole-case walk).
         */
        static BookingForm empty(LocalDate today) {
            LocalDate next = today.plusDays(1);
            while (next.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || next.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
                next = next.plusDays(1);
            }
            return new BookingForm(Meeting.Kind.RECONCILIATION.name(), next.toString(), "09:00", "60", null, false, null, List.of(), Map.of(),
                    null, false);
        }

        static BookingForm of(SubmittedForm f) {
            List<String> ticked = new ArrayList<>();
            Map<String, String> names = new HashMap<>();
            for (PlanActor a : PlanActor.values()) {
                String actor = f.value("participants[" + a.ordinal() + "].actor");
                if (actor != null && !actor.isBlank()) {
                    ticked.add(actor);
                }
                String name = f.value("participants[" + a.ordinal() + "].name");
                if (name != null) {
                    names.put(a.name(), name);
                }
            }
            return new BookingForm(f.value("kind"), f.value("date"), f.value("time"), f.value("durationMinutes"), f.value("location"),
                    f.value("video") != null, f.value("videoLink"), ticked, names, f.value("agenda"), f.value("recordedAfterwards") != null);
        }
    }

    /** The minutes form of one meeting as typed when refused. */
    record MinutesForm(long meetingId, String minutes, List<ActionRow> actions) {
        static MinutesForm of(long meetingId, SubmittedForm f) {
            return new MinutesForm(meetingId, f.value("minutes"), actionRows(f, "agreedActions"));
        }
    }

    static List<ActionRow> actionRows(SubmittedForm f, String list) {
        return f.rows(list, "text", "actor", "due").stream().map(r -> new ActionRow(r.get(0), r.get(1), r.get(2))).toList();
    }

    @GetMapping("/koordinering/arenden/{id}/moten")
    String page(@SelectedUnit String unit, @PathVariable long id, Model model) {
        MeetingService.Agreements agreements = meetings.agreements(unit, id);
        SubmittedForm submitted = model.getAttribute(SubmittedForm.ATTRIBUTE) instanceof SubmittedForm s ? s : null;
        String form = submitted == null ? "" : submitted.form();
        AgreementForm agreement = form.equals("agreement") ? AgreementForm.of(submitted)
                : AgreementForm.of(agreements.latest(), currentUser.get().name());
        model.addAttribute("caseId", id);
        model.addAttribute("agreements", agreements);
        model.addAttribute("a", agreements.latest());
        model.addAttribute("af", agreement);
        model.addAttribute("actionRows", rows(agreement.actions(), 4));
        model.addAttribute("bf", form.equals("booking") ? BookingForm.of(submitted) : BookingForm.empty(LocalDate.now(clock)));
        model.addAttribute("mf", form.startsWith("minutes-") ? MinutesForm.of(Long.parseLong(form.substring(8)), submitted) : null);
        Map<String, String> errors = submitted == null ? Map.of() : submitted.errors();
        model.addAttribute("agreementErrors", form.equals("agreement") ? errors : Map.of());
        model.addAttribute("bookingErrors", form.equals("booking") ? errors : Map.of());
        model.addAttribute("minutesErrors", form.startsWith("minutes-") ? errors : Map.of());
        model.addAttribute("meetings", meetings.meetings(unit, id).items());
        model.addAttribute("actors", PlanActor.values());
        model.addAttribute("kinds", Meeting.Kind.values());
        model.addAttribute("maxText", Note.MAX);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("user", currentUser.get());
        return "plan/meetings";
    }

    /** Refused (400 or 409): back to the form with what the user typed and each message next to its field. */
    @PostMapping("/koordinering/arenden/{id}/moten/{action}")
    String act(@SelectedUnit String unit, @PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        String formName = switch (action) {
            case "overenskommelse" -> "agreement";
            case "boka" -> "booking";
            default -> throw new se.koordinera.shared.NotFoundException("Okänd åtgärd");
        };
        try {
            String message = switch (formName) {
                case "agreement" -> {
                    Agreement a = meetings.saveAgreement(unit, id, AgreementRules.draft(binder.bindForm(form, PlanRequests.Agreement.class)));
                    yield "Överenskommelsen är sparad som version " + a.version() + ".";
                }
                default -> {
                    meetings.book(unit, id, MeetingRules.booking(binder.bindForm(form, PlanRequests.Booking.class)));
                    yield "Mötet är bokat. Ladda ner kallelsen (.ics) och skicka den till deltagarna.";
                }
            };
            redirect.addFlashAttribute("message", message);
        } catch (ConflictException | InvalidInputException e) {
            SubmittedForm.refused(redirect, formName, form, e);
        }
        return "redirect:/koordinering/arenden/" + id + "/moten";
    }

    @PostMapping("/koordinering/arenden/{id}/moten/{meetingId}/anteckningar")
    String minutes(@SelectedUnit String unit, @PathVariable long id, @PathVariable long meetingId, @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        try {
            meetings.recordMinutes(unit, meetingId, MeetingRules.minutes(binder.bindForm(form, PlanRequests.Minutes.class)));
            redirect.addFlashAttribute("message", "Anteckningarna är sparade. Mötet är registrerat som koordineringsinsats (KVÅ GC001).");
        } catch (ConflictException | InvalidInputException e) {
            SubmittedForm.refused(redirect, "minutes-" + meetingId, form, e);
        }
        return "redirect:/koordinering/arenden/" + id + "/moten";
    }

    @GetMapping("/koordinering/arenden/{id}/overenskommelse.pdf")
    ResponseEntity<byte[]> pdf(@SelectedUnit String unit, @PathVariable long id, @RequestParam(required = false) Integer version) {
        return MeetingApiController.download(meetings.agreementPdf(unit, id, version), true);
    }

    @GetMapping("/koordinering/moten/{meetingId}/kallelse.ics")
    ResponseEntity<byte[]> ics(@SelectedUnit String unit, @PathVariable long meetingId) {
        return MeetingApiController.download(meetings.invitation(unit, meetingId), true);
    }

    private static <T> List<T> rows(List<T> items, int min) {
        List<T> rows = new ArrayList<>(items);
        while (rows.size() < Math.max(min, items.size() + 1)) {
            rows.add(null);
        }
        return rows;
    }
}
