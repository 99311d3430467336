package se.koordinera.figures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Nyckeltal", description = "Vårdenhetens och regionens nyckeltal per månad (endast antal, inga patientuppgifter)")
class FiguresApiController {

    private final FiguresService figures;

    FiguresApiController(FiguresService figures) {
        this.figures = figures;
    }

    @GetMapping("/units/{unitId}/figures")
    @Operation(summary = "Vårdenhetens nyckeltal per månad, from/to som ÅÅÅÅ-MM (standard: de senaste tolv månaderna)")
    public List<MonthFigures> unit(@PathVariable String unitId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return figures.unit(unitId, from, to);
    }

    @GetMapping("/regions/{regionId}/figures")
    @Operation(summary = "Regionens nyckeltal per månad, summerade över regionens vårdenheter (regionadministratör)")
    public List<MonthFigures> region(@PathVariable String regionId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return figures.region(regionId, from, to);
    }
}
