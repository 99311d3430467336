package se.koordinera.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.koordinera.patient.Personnummer;

@RestController
@Tag(name = "Loggutdrag", description = "PDL-logg: vem har läst eller ändrat patientens uppgifter")
public class AccessLogApiController {

    private final AccessLogService service;

    public AccessLogApiController(AccessLogService service) {
        this.service = service;
    }

    @GetMapping("/api/v1/patients/{patientId}/access-log")
    @Operation(summary = "Patientens loggutdrag (endast verksamhetschef för enheten)")
    public List<AccessLogEntry> extract(@PathVariable String patientId, @RequestParam String unit) {
        return service.extract(unit, Personnummer.parse(patientId));
    }
}
