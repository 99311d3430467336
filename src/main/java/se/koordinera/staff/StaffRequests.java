package se.koordinera.staff;

import io.swagger.v3.oas.annotations.media.Schema;
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

    /** R4: whether the region offers preventive coordination. */
    @BoundRequest
    @Schema(name = "PolicyRequest")
    public record Policy(
            @NotNull(message = "Välj om regionen erbjuder förebyggande koordinering") Boolean preventiveCoordination) {
    }
}
