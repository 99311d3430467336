package se.koordinera.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.koordinera.shared.BoundRequest;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.NestedRules;
import se.koordinera.shared.Note;
import se.koordinera.shared.RequestBinder;

/**
 * The request bodies of the plan, agreement and meeting API, which the plan and meeting pages'
 * forms bind to as well: one set of rules and Swedish messages for both. Messages say what to do;
 * the page shows each next to its field, the API names the field in {@code errors[].field}.
 */
public final class PlanRequests {

    static final Set<Integer> DEGREES = Set.of(25, 50, 75, 100);
    static final int MAX_ITEMS = 30;
    private static final String VERSION = "Versionen saknas: läs om sidan och försök igen";
    private static final String MAX_ROWS = "Högst 30 rader";

    private PlanRequests() {
    }

    /** A new version of the care plan (R9); {@code basedOnVersion} is the version it was edited from, 0 for the first. */
    @BoundRequest
    @Schema(name = "PlanRequest")
    public record Plan(
            @NotNull(message = VERSION) @PositiveOrZero(message = VERSION) Integer basedOnVersion,
            @NotBlank(message = "Beskriv målet med planen") @Note String goals,
            @Note String patientWords,
            @Size(max = MAX_ITEMS, message = MAX_ROWS) List<@NotNull(message = "Ange grad och period") @Valid Step> steps,
            @Size(max = MAX_ITEMS, message = MAX_ROWS) List<@NotNull(message = "Beskriv aktiviteten") @Valid Activity> activities,
            @Size(max = MAX_ITEMS, message = MAX_ROWS) List<@NotNull(message = "Välj en aktör") PlanActor> collaborationNeeds,
            @Note String collaborationNote,
            @Size(max = MAX_ITEMS, message = MAX_ROWS) List<@NotNull(message = "Ange ett datum") LocalDate> followUpDates,
            @Note String note) implements RequestBinder.CrossFieldRules {

        public Plan {
            steps = steps == null ? List.of() : steps;
            activities = activities == null ? List.of() : activities;
            collaborationNeeds = collaborationNeeds == null ? List.of() : collaborationNeeds;
            followUpDates = followUpDates == null ? List.of() : followUpDates;
        }

        /** The steps must not overlap; collaboration is with an actor outside care. (Follow-up dates vs today: {@link PlanRules#draft}.) */
        @Override
        public List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            List<Step> sorted = steps.stream().filter(Objects::nonNull).sorted(Comparator.comparing(Step::from)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                Step a = sorted.get(i - 1);
                Step b = sorted.get(i);
                if (!b.from().isAfter(a.to())) {
                    problems.add(new FieldProblem("steps", "Stegen i den planerade sjukskrivningen får inte överlappa (" + a.from() + " – "
                            + a.to() + " och " + b.from() + " – " + b.to() + "). Låt nästa steg börja dagen efter."));
                }
            }
            if (collaborationNeeds.stream().anyMatch(a -> !MeetingRules.external(a))) {
                problems.add(new FieldProblem("collaborationNeeds",
                        "Välj samverkan med arbetsgivaren, Försäkringskassan, Arbetsförmedlingen eller kommunen"));
            }
            return problems;
        }
    }

    /** Planned sick leave: a degree for a period. */
    @NestedRules
    @Schema(name = "PlanStepRequest")
    public record Step(
            @NotNull(message = "Välj sjukskrivningsgrad") Integer degree,
            @NotNull(message = "Ange när steget börjar") LocalDate from,
            @NotNull(message = "Ange när steget slutar") LocalDate to) implements RequestBinder.CrossFieldRules {

        @Override
        public List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            if (degree != null && !DEGREES.contains(degree)) {
                problems.add(new FieldProblem("degree", "Välj sjukskrivningsgrad 25, 50, 75 eller 100 procent"));
            }
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(new FieldProblem("to", "Ange ett slutdatum som inte ligger före startdatumet"));
            }
            return problems;
        }

        CarePlan.Step toStep() {
            return new CarePlan.Step(degree, from, to);
        }
    }

    /** Who does what by when: an activity of the plan, an action of the agreement or of a meeting. */
    @Schema(name = "ActivityRequest")
    public record Activity(
            @NotBlank(message = "Beskriv vad som ska göras") @Note String text,
            @NotNull(message = "Välj vem som ansvarar") PlanActor actor,
            @NotNull(message = "Ange senast när det ska vara gjort") LocalDate due) {

        CarePlan.Activity toActivity() {
            return new CarePlan.Activity(text, actor, due);
        }

        static List<CarePlan.Activity> all(List<Activity> activities) {
            return activities == null ? List.of() : activities.stream().map(Activity::toActivity).toList();
        }
    }

    /** A new version of the patient agreement (R8). */
    @BoundRequest
    @Schema(name = "AgreementRequest")
    public record Agreement(
            @NotNull(message = VERSION) @PositiveOrZero(message = VERSION) Integer basedOnVersion,
            @Note String expectations,
            @Note String worries,
            @NotBlank(message = "Skriv vad ni har kommit överens om") @Note String agreed,
            @Size(max = MAX_ITEMS, message = MAX_ROWS) List<@NotNull(message = "Beskriv åtgärden") @Valid Activity> actions,
            @NotBlank(message = "Ange en kontaktperson") @Size(max = 200, message = "Namnet får vara högst 200 tecken") String contactPerson,
            @Size(max = 50, message = "Telefonnumret får vara högst 50 tecken") String contactPhone,
            @NotNull(message = "Ange när ni ska höras nästa gång") LocalDate nextContact) {
    }

    /** A meeting to book (R10, R12): the patient takes part, a reconciliation meeting has an actor outside care. */
    @BoundRequest
    @Schema(name = "BookingRequest")
    public record Booking(
            Meeting.Kind kind,
            @NotNull(message = "Ange datum för mötet") LocalDate date,
            @NotNull(message = "Ange tid för mötet") LocalTime time,
            @NotNull(message = "Ange mötets längd i minuter") @Min(value = 5, message = "Ange en längd mellan 5 och 480 minuter")
            @Max(value = 480, message = "Ange en längd mellan 5 och 480 minuter") Integer durationMinutes,
            @Size(max = 200, message = "Platsen får vara högst 200 tecken") String location,
            Boolean video,
            @Size(max = 500, message = "Länken får vara högst 500 tecken") String videoLink,
            @Size(max = MAX_ITEMS, message = MAX_ROWS) List<@NotNull(message = "Välj deltagare") @Valid Participant> participants,
            @NotBlank(message = "Skriv en dagordning") @Note String agenda,
            @Schema(description = "true when a meeting that has already taken place is recorded afterwards; a time that has passed is refused without it")
            Boolean recordedAfterwards) implements RequestBinder.CrossFieldRules {

        public Booking {
            participants = participants == null ? List.of() : participants;
        }

        Meeting.Kind kindOrDefault() {
            return kind == null ? Meeting.Kind.RECONCILIATION : kind;
        }

        @Override
        public List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            if (participants.stream().noneMatch(p -> p.actor() == PlanActor.PATIENT)) {
                problems.add(new FieldProblem("participants", "Patienten ska vara med bland deltagarna"));
            } else if (kindOrDefault() == Meeting.Kind.RECONCILIATION && participants.stream().noneMatch(p -> MeetingRules.external(p.actor()))) {
                problems.add(new FieldProblem("participants", "Ett avstämningsmöte har minst en deltagare utanför vården: arbetsgivaren, "
                        + "Försäkringskassan, Arbetsförmedlingen eller kommunen"));
            }
            if (!Boolean.TRUE.equals(video) && location == null) {
                problems.add(new FieldProblem("location", "Ange plats, eller att mötet är ett videomöte"));
            }
            // A video meeting without its link cannot be attended: the invitation (.ics) carries the link.
            if (Boolean.TRUE.equals(video) && (videoLink == null || videoLink.isBlank())) {
                problems.add(new FieldProblem("videoLink", "Ange länken till videomötet"));
            }
            return problems;
        }
    }

    @Schema(name = "ParticipantRequest")
    public record Participant(
            @NotNull(message = "Välj deltagare") PlanActor actor,
            @Size(max = 200, message = "Namnet får vara högst 200 tecken") String name) {
    }

    /** Minutes of a meeting with the actions agreed there (a new version each time). */
    @BoundRequest
    @Schema(name = "MinutesRequest")
    public record Minutes(
            @NotBlank(message = "Skriv anteckningar från mötet") @Note String minutes,
            @Size(max = MAX_ITEMS, message = MAX_ROWS) List<@NotNull(message = "Beskriv åtgärden") @Valid Activity> agreedActions) {
    }

    /** Issue 14 item 7: a booked meeting to a new time (and length); the reason goes to the journal entry. */
    @BoundRequest
    @Schema(name = "MeetingMoveRequest")
    public record MeetingMove(
            @NotNull(message = "Ange nytt datum för mötet") LocalDate date,
            @NotNull(message = "Ange ny tid för mötet") LocalTime time,
            @NotNull(message = "Ange mötets längd i minuter") @Min(value = 5, message = "Ange en längd mellan 5 och 480 minuter")
            @Max(value = 480, message = "Ange en längd mellan 5 och 480 minuter") Integer durationMinutes,
            @Size(max = 500, message = "Skälet får vara högst 500 tecken") @Note String reason) {
    }

    /** Issue 14 item 7: a booked meeting cancelled, with an optional reason. */
    @BoundRequest
    @Schema(name = "MeetingCancelRequest")
    public record MeetingCancel(@Size(max = 500, message = "Skälet får vara högst 500 tecken") @Note String reason) {
    }
}
