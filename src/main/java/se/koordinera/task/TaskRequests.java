package se.koordinera.task;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.koordinera.shared.BoundRequest;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.RequestBinder;

/** The request bodies of the task API, which the pages' forms bind to as well. */
public final class TaskRequests {

    private TaskRequests() {
    }

    @BoundRequest
    @Schema(name = "NewTaskRequest")
    public record NewTask(
            @NotBlank(message = "Skriv vad som ska göras") @se.koordinera.shared.NoDiagnosis @Size(max = 200, message = "Rubriken får vara högst 200 tecken") String title,
            @NotNull(message = "Välj vem uppgiften gäller") TaskReason reason,
            @NotNull(message = "Ange sista datum") LocalDate due,
            @NotBlank(message = "Välj vem som ska göra uppgiften") @Size(max = 64, message = "Välj en person i listan") String assigneeHsaId) {
    }

    /** What the case waits for; {@code waitingFor} empty stops the waiting (then no date is needed). */
    @BoundRequest
    @Schema(name = "WaitingRequest")
    public record WaitingChange(
            WaitingFor waitingFor,
            @se.koordinera.shared.NoDiagnosis @Size(max = 500, message = "Anteckningen får vara högst 500 tecken") String note,
            LocalDate checkDate) implements RequestBinder.CrossFieldRules {

        @Override
        public List<FieldProblem> problems() {
            if (waitingFor != null && checkDate == null) {
                return List.of(new FieldProblem("checkDate", "Ange när ni ska kontrollera igen"));
            }
            if (waitingFor == null && (checkDate != null || (note != null && !note.isBlank()))) {
                return List.of(new FieldProblem("waitingFor", "Välj vem ärendet väntar på"));
            }
            return List.of();
        }
    }
}
