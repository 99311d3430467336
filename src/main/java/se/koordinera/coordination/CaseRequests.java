package se.koordinera.coordination;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.koordinera.patient.ValidPersonnummer;
import se.koordinera.shared.BoundRequest;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.Note;
import se.koordinera.shared.RequestBinder;

/**
 * The request bodies of the coordination API, which the case pages' forms bind to as well: one
 * set of rules and Swedish messages for both. Messages name what to do, not the field: the page
 * shows them next to the field, the API names the field in {@code errors[].field}.
 */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** Register a case (R4: PREVENTIVE only where the region offers it). */
    @BoundRequest
    @Schema(name = "NewCaseRequest")
    public record NewCase(
            @NotBlank(message = "Ange patientens personnummer") @ValidPersonnummer String patientId,
            @NotNull(message = "Välj skäl: sjukskrivning eller förebyggande") CaseReason reason,
            @Size(max = 200, message = "Namnet får vara högst 200 tecken") String patientName) {
    }

    /** R3: the doctor's assessment. */
    @BoundRequest
    @Schema(name = "AssessmentRequest")
    public record Assessment(
            @NotNull(message = "Välj om koordinering är relevant eller inte") Boolean relevant,
            @Note String note,
            @PositiveOrZero(message = "Ogiltig version") Integer version) {
    }

    /** Offer, accept, decline: an optional note and the version the user saw. */
    @BoundRequest
    @Schema(name = "CaseStepRequest")
    public record Step(@Note String note, @PositiveOrZero(message = "Ogiltig version") Integer version) {
        public static final Step EMPTY = new Step(null, null);
    }

    @BoundRequest
    @Schema(name = "CloseCaseRequest")
    public record Close(
            @NotNull(message = "Välj utfall") Outcome outcome,
            @Note String note,
            @PositiveOrZero(message = "Ogiltig version") Integer version) {
    }

    /** R5, R6, R15: an intervention, documented without a diagnosis. */
    @BoundRequest
    @Schema(name = "InterventionRequest")
    public record Intervention(
            @NotNull(message = "Välj typ av insats") InterventionType type,
            @NotNull(message = "Ange datum för insatsen") @PastOrPresent(message = "Datumet får inte ligga i framtiden") LocalDate date,
            @NotBlank(message = "Beskriv insatsen") @Note String note,
            Actor actor) implements RequestBinder.CrossFieldRules {

        /** Which actor each kind of intervention involves (R11, R12). */
        @Override
        public List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            if (type == InterventionType.COLLABORATION && actor == null) {
                problems.add(new FieldProblem("actor", "Samverkan kräver en aktör: arbetsgivare, Försäkringskassan, "
                        + "Arbetsförmedlingen eller kommunen"));
            } else if (type == InterventionType.COLLABORATION && actor == Actor.OTHER_CARE_UNIT) {
                problems.add(new FieldProblem("actor", "Samverkan med en annan vårdenhet dokumenteras som intern samordning"));
            } else if (type == InterventionType.INTERNAL_COORDINATION && actor != null && actor != Actor.OTHER_CARE_UNIT) {
                problems.add(new FieldProblem("actor", "Intern samordning sker inom vårdenheten eller med en annan vårdenhet"));
            } else if (type == InterventionType.PERSONAL_SUPPORT && actor != null) {
                problems.add(new FieldProblem("actor", "Personligt stöd ges till patienten: välj ingen aktör"));
            }
            return problems;
        }
    }

    /** R7: informing Försäkringskassan. */
    @BoundRequest
    @Schema(name = "FkNoticeRequest")
    public record FkNotice(@Note String note) {
        public static final FkNotice EMPTY = new FkNotice(null);
    }

    /** The unit's threshold for the candidate worklist (verksamhetschef). */
    @BoundRequest
    @Schema(name = "CoordinationSettingsRequest")
    public record Settings(
            @NotNull(message = "Ange antal dagar") @Min(value = 1, message = "Ange ett antal dagar mellan 1 och 365")
            @Max(value = 365, message = "Ange ett antal dagar mellan 1 och 365") Integer candidateMinDays) {
    }
}
