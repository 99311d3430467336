package se.koordinera.sickleave;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.koordinera.patient.ValidPersonnummer;
import se.koordinera.shared.BoundRequest;
import se.koordinera.shared.NoDiagnosis;
import se.koordinera.sickleave.engine.CandidateRules;

/** The request bodies of the candidate worklist, which the page's forms bind to as well. */
public final class CandidateRequests {

    private CandidateRequests() {
    }

    /** Dismiss one flag of a candidate for the sick-leave case it was raised for. */
    @BoundRequest
    @Schema(name = "DismissCandidateFlagRequest")
    public record DismissFlag(
            @NotBlank(message = "Ange patientens personnummer") @ValidPersonnummer String patientId,
            @NotNull(message = "Välj vilken flagga som ska avfärdas") CandidateRules.Flag flag,
            @NotNull(message = "Ange sjukfallets startdatum") LocalDate caseStart,
            @NotBlank(message = "Skriv varför flaggan avfärdas") @Size(max = 1000, message = "Skälet får vara högst 1 000 tecken")
            @NoDiagnosis String reason) {
    }
}
