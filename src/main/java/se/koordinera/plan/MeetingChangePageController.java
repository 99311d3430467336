package se.koordinera.plan;

import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.RequestBinder;
import se.koordinera.web.SelectedUnit;
import se.koordinera.web.SubmittedForm;

/** The move and cancel forms of the meetings page (issue 14 item 7), beside the booking forms of MeetingPageController. */
@Controller
class MeetingChangePageController {

    private final MeetingService meetings;
    private final RequestBinder binder;

    MeetingChangePageController(MeetingService meetings, RequestBinder binder) {
        this.meetings = meetings;
        this.binder = binder;
    }

    @PostMapping("/koordinering/arenden/{caseId}/moten/{meetingId}/flytta")
    String move(@SelectedUnit String unit, @PathVariable long caseId, @PathVariable long meetingId,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return change(caseId, meetingId, form, redirect, "Mötet är flyttat. Ladda ner den nya kallelsen (.ics) och skicka den till deltagarna.",
                () -> meetings.move(unit, meetingId, binder.bindForm(form, PlanRequests.MeetingMove.class)));
    }

    @PostMapping("/koordinering/arenden/{caseId}/moten/{meetingId}/installt")
    String cancel(@SelectedUnit String unit, @PathVariable long caseId, @PathVariable long meetingId,
            @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return change(caseId, meetingId, form, redirect, "Mötet är inställt. Ladda ner avbokningen (.ics) och skicka den till deltagarna.",
                () -> meetings.cancel(unit, meetingId, binder.bindForm(form, PlanRequests.MeetingCancel.class)));
    }

    /**
     * One post of the meeting's change block. A refusal is kept under one key for both forms
     * ("flytta-" + id): the page reopens the meeting's change block with what was typed.
     */
    private static String change(long caseId, long meetingId, MultiValueMap<String, String> form, RedirectAttributes redirect, String done,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (ConflictException | InvalidInputException e) {
            SubmittedForm.refused(redirect, "flytta-" + meetingId, form, e);
        }
        return "redirect:/koordinering/arenden/" + caseId + "/moten";
    }
}
