package se.koordinera.sickleave.web;

import java.time.Clock;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.region.CareUnit;
import se.koordinera.region.RegionService;
import se.koordinera.sickleave.Icd10Chapters;
import se.koordinera.sickleave.LengthBand;
import se.koordinera.sickleave.OverviewPageService;
import se.koordinera.sickleave.OverviewSettings;
import se.koordinera.sickleave.OverviewSettingsService;
import se.koordinera.sickleave.SickLeaveList;
import se.koordinera.sickleave.SickLeaveQuery;
import se.koordinera.web.SelectedUnit;

/**
 * The unit's sick-leave overview (/oversikt): filters and sorting by htmx with the state in the URL,
 * the user's column layout, the privacy switch, statistics, print view and Excel export.
 */
@Controller
class OverviewController {
    public static final int PAGE_SIZE = 100;
    private static final java.util.regex.Pattern SAFE_QUERY = java.util.regex.Pattern.compile("\\?[A-Za-z0-9._~%&=+,:;-]{0,2000}");

    private final OverviewPageService pages;
    private final OverviewSettingsService settings;
    private final CurrentUser currentUser;
    private final RegionService regions;
    private final CoordinationLabels coordinationLabels;

    private final Clock clock;

    OverviewController(OverviewPageService pages, OverviewSettingsService settings, CurrentUser currentUser, RegionService regions,
            CoordinationLabels coordinationLabels, Clock clock) {
        this.coordinationLabels = coordinationLabels;

        this.clock = clock;
        this.pages = pages;
        this.settings = settings;
        this.currentUser = currentUser;
        this.regions = regions;
    }

    @GetMapping("/oversikt")
    String overview(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> params, Model model,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletResponse response) {
        KoordineraUser user = currentUser.get();
        MultiValueMap<String, String> effective = effective(params, user);
        if (!effective.containsKey("limit")) {
            effective.set("limit", String.valueOf(PAGE_SIZE));
        }
        SickLeaveQuery query = SickLeaveQuery.parse(effective, today());
        OverviewPageService.OverviewPage page = pages.page(unit, query);
        boolean privacy = privacy(params);
        ColumnLayout layout = ColumnLayout.parse(settings.get(user.hsaId()).layout());
        List<Column> columns = layout.shown(privacy);

        List<String> stats = params.get("statistik");
        model.addAttribute("statsOpen", stats == null ? user.hasRole(Role.UNIT_MANAGER) : stats.contains("1"));
        model.addAttribute("sortDescription", describeSort(query.sortOrDefault()));
        model.addAttribute("page", page);
        model.addAttribute("list", page.list());
        model.addAttribute("stats", page.statistics());
        model.addAttribute("query", query);
        model.addAttribute("offset", query.offset() == null ? 0 : query.offset());
        model.addAttribute("pageSize", query.limit());
        model.addAttribute("privacy", privacy);
        model.addAttribute("layout", layout);
        model.addAttribute("columns", columns);
        model.addAttribute("linkColumn", linkColumn(columns));
        model.addAttribute("urls", new OverviewUrls(effective, query.sortOrDefault()));
        model.addAttribute("params", effective);
        model.addAttribute("isDoctor", user.hasRole(Role.DOCTOR));
        model.addAttribute("ownView", user.hasRole(Role.DOCTOR) && user.hsaId().equals(query.doctorId()));
        model.addAttribute("chapters", Icd10Chapters.ALL);
        model.addAttribute("lengthBands", LengthBand.FILTER_BANDS);
        model.addAttribute("occupations", Labels.OCCUPATIONS);
        model.addAttribute("coordinationStates", coordinationLabels.options());
        response.setHeader("Vary", "HX-Request");
        if (htmx != null && historyRestore == null) {
            return "sickleave/overview-results";
        }
        return "sickleave/overview";
    }

    @GetMapping("/oversikt/utskrift")
    String print(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> params, Model model) {
        KoordineraUser user = currentUser.get();
        MultiValueMap<String, String> effective = effective(params, user);
        SickLeaveQuery query = SickLeaveQuery.parse(effective, today());
        SickLeaveList list = pages.printList(unit, query);
        boolean privacy = privacy(params);
        model.addAttribute("list", list);
        model.addAttribute("privacy", privacy);
        model.addAttribute("columns", ColumnLayout.parse(settings.get(user.hsaId()).layout()).shown(privacy));
        model.addAttribute("urls", new OverviewUrls(effective, query.sortOrDefault()));
        model.addAttribute("filters", FilterSummary.describe(query, privacy, coordinationLabels::label));
        return "sickleave/print-list";
    }

    @GetMapping("/oversikt/excel")
    void excel(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> params, HttpServletResponse response)
            throws IOException {
        KoordineraUser user = currentUser.get();
        SickLeaveQuery query = SickLeaveQuery.parse(effective(params, user), today());
        SickLeaveList list = pages.exportList(unit, query);
        List<Column> columns = ColumnLayout.parse(settings.get(user.hsaId()).layout()).shown(privacy(params));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"sjukfall-" + list.activeOn() + ".xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        String unitName = regions.findUnit(unit).map(CareUnit::name).orElse(unit);
        OverviewExcel.write(unitName, list.activeOn(), list.allMatching(), columns, coordinationLabels::label, response.getOutputStream());
    }

    /** Saves the column layout: the form's order and checked columns, optionally moving one column a step. */
    @PostMapping("/oversikt/kolumner")
    String saveColumns(@RequestParam(name = "order", required = false) List<String> order,
            @RequestParam(name = "visible", required = false) List<String> visible,
            @RequestParam(name = "move", required = false) String move,
            @RequestParam(name = "back", required = false) String back, RedirectAttributes redirect) {
        KoordineraUser user = currentUser.get();
        ColumnLayout layout = order == null ? ColumnLayout.defaults() : ColumnLayout.fromForm(order, visible == null ? List.of() : visible);
        String message = "Kolumnerna är sparade.";
        if ("reset".equals(move)) {
            layout = ColumnLayout.defaults();
            message = "Kolumnerna är återställda.";
        } else if (move != null && move.contains(":")) {
            String[] parts = move.split(":");
            Optional<Column> column = Column.byKey(parts[0]);
            if (column.isPresent()) {
                boolean up = "up".equals(parts[1]);
                layout = layout.move(column.get(), up);
                message = column.get().label() + " flyttades " + (up ? "upp" : "ned") + ".";
                redirect.addFlashAttribute("focusMove", move);
            }
        }
        OverviewSettings own = settings.get(user.hsaId());
        settings.save(user.hsaId(), new OverviewSettings(own.maxGapDays(), own.endedWithinDays(), own.defaultUnitId(), layout.format()));
        redirect.addFlashAttribute("columnsMessage", message);
        // Only a plain query string of the overview goes back into the Location header: no CR/LF (header
        // injection), no fragment, no other path or host (open redirect).
        String query = back != null && SAFE_QUERY.matcher(back).matches() && !back.contains("//") ? back : "";
        return "redirect:/oversikt" + query + "#kolumner";
    }

    /** The request's filters; a doctor without a doctor filter sees the cases where they issued the latest certificate. */
    static MultiValueMap<String, String> effective(MultiValueMap<String, String> params, KoordineraUser user) {
        MultiValueMap<String, String> effective = new LinkedMultiValueMap<>(params);
        if (user.hasRole(Role.DOCTOR) && !params.containsKey("doctorId")) {
            effective.set("doctorId", user.hsaId());
        }
        return effective;
    }

    static boolean privacy(MultiValueMap<String, String> params) {
        String value = params.getFirst("privacy");
        return value != null && !value.isBlank() && !"false".equals(value);
    }

    /** The cell that links to the patient page: the name, else the personnummer, else the row number. */
    static Column linkColumn(List<Column> columns) {
        for (Column c : List.of(Column.NAME, Column.ID, Column.NUMBER)) {
            if (columns.contains(c)) {
                return c;
            }
        }
        return columns.isEmpty() ? null : columns.get(0);
    }

    /** "Längd (dagar), fallande" for -days. */
    static String describeSort(String sort) {
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        String label = java.util.Arrays.stream(Column.values()).filter(c -> key.equals(c.sortKey())).findFirst().map(Column::label).orElse(key);
        return label + ", " + (descending ? "fallande" : "stigande");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
