package se.koordinera.consent;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import se.koordinera.shared.BoundRequest;
import se.koordinera.shared.Note;

/** The request bodies of the consent API (R5, R13); the case page's consent forms bind to them too. */
public final class ConsentRequests {

    private ConsentRequests() {
    }

    @BoundRequest
    @Schema(name = "NewConsentRequest")
    public record NewConsent(
            @NotNull(message = "Välj vad samtycket gäller") ConsentScope scope,
            @NotNull(message = "Välj muntligt eller skriftligt") ConsentForm form,
            @NotNull(message = "Ange när samtycket lämnades") @PastOrPresent(message = "Datumet får inte ligga i framtiden") LocalDate given,
            @Note String note) {
    }

    @BoundRequest
    @Schema(name = "ConsentWithdrawalRequest")
    public record Withdrawal(
            @NotNull(message = "Ange när samtycket återkallades") @PastOrPresent(message = "Datumet får inte ligga i framtiden") LocalDate withdrawn,
            @Note String note) {
    }
}
