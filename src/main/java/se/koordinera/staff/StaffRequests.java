package se.koordinera.staff;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import se.koordinera.shared.BoundRequest;
import se.koordinera.shared.Note;

/** The request bodies of the staff and routine API, which the pages' forms bind to as well. */
public final class StaffRequests {

    private StaffRequests() {
    }

    /** R14: the person responsible for a case, by HSA-id. */
    @BoundRequest
    @Schema(name = "ResponsibleRequest")
    public record Assignment(
            @NotBlank(message = "Välj en person") @Size(max = 64, message = "Välj en person i listan") String hsaId) {
    }

    /** R19: a new version of the unit's routine for offering coordination. */
    @BoundRequest
    @Schema(name = "RoutineRequest")
    public record RoutineText(@NotBlank(message = "Skriv rutinen") @Note String text) {
    }

    /** R19: the unit's thresholds for the candidate worklist (the long-sick-leave days stay in the coordination setting). */
    @BoundRequest
    @Schema(name = "CandidateCriteriaRequest")
    public record CandidateCriteria(
            @NotNull(message = "Välj om psykisk diagnos ska flaggas") Boolean mentalDiagnosis,
            @NotNull(message = "Ange antal sjukfall") @Min(value = 2, message = "Ange ett antal sjukfall mellan 2 och 20")
            @Max(value = 20, message = "Ange ett antal sjukfall mellan 2 och 20") Integer repeatedCases12Months,
            @NotNull(message = "Ange antal dagar") @Min(value = 1, message = "Ange ett antal dagar mellan 1 och 1095")
            @Max(value = 1095, message = "Ange ett antal dagar mellan 1 och 1095") Integer repeatedDays3Years,
            @NotNull(message = "Ange antal dagar") @Min(value = 0, message = "Ange ett antal dagar mellan 0 och 90")
            @Max(value = 90, message = "Ange ett antal dagar mellan 0 och 90") Integer chainLimitWithinDays,
            @NotNull(message = "Ange antal veckor") @Min(value = 1, message = "Ange ett antal veckor mellan 1 och 104")
            @Max(value = 104, message = "Ange ett antal veckor mellan 1 och 104") Integer degreeUnchangedWeeks,
            @NotNull(message = "Ange antal dagar") @Min(value = 0, message = "Ange ett antal dagar mellan 0 och 365")
            @Max(value = 365, message = "Ange ett antal dagar mellan 0 och 365") Integer endedWithinDays) {
    }

    /** R4: whether the region offers preventive coordination. */
    @BoundRequest
    @Schema(name = "PolicyRequest")
    public record Policy(
            @NotNull(message = "Välj om regionen erbjuder förebyggande koordinering") Boolean preventiveCoordination) {
    }
}
