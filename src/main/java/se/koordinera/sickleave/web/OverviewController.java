package se.koordinera.sickleave.web;

import java.time.Clock;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
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
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;
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
    private final se.koordinera.web.PatientReferences references;

    OverviewController(OverviewPageService pages, OverviewSettingsService settings, CurrentUser currentUser, RegionService regions,
            CoordinationLabels coordinationLabels, Clock clock, se.koordinera.web.PatientReferences references) {
        this.coordinationLabels = coordinationLabels;
        this.references = references;

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
            HttpSession session, HttpServletResponse response) {
        if (params.containsKey("rensa")) {
            OverviewState.clear(session);
            return "redirect:/oversikt";
        }
        KoordineraUser user = currentUser.get();
        boolean privacy = privacy(params, user);
        MultiValueMap<String, String> state = OverviewState.remember(session, params);
        if (htmx == null && hasText(params.getFirst("q"))) {
            // A search typed without script: remembered in the session, and the address bar never shows it (a personnummer).
            return "redirect:" + new OverviewUrls(OverviewState.withoutUrlExcluded(state), null).on("/oversikt");
        }
        MultiValueMap<String, String> effective = effective(state, user);
        if (!effective.containsKey("limit")) {
            effective.set("limit", String.valueOf(PAGE_SIZE));
        }
        Map<String, String> filterErrors = new LinkedHashMap<>();
        SickLeaveQuery query = parseKeepingValid(effective, filterErrors);
        if (query.limit() == null) {
            // a refused page size (explained in filterErrors) falls back to the default, never to the whole list
            effective.set("limit", String.valueOf(PAGE_SIZE));
            query = parseKeepingValid(effective, new LinkedHashMap<>());
        }
        OverviewPageService.OverviewPage page = pages.page(unit, query);
        ColumnLayout layout = ColumnLayout.parse(settings.get(user.hsaId()).layout());
        List<Column> columns = layout.shown(privacy);
        OverviewUrls urls = new OverviewUrls(OverviewState.withoutUrlExcluded(effective), query.sortOrDefault());

        List<String> stats = state.get("statistik");
        boolean statsOpen = stats == null ? user.hasRole(Role.UNIT_MANAGER) : stats.contains("1");
        model.addAttribute("statsOpen", statsOpen);
        model.addAttribute("sortDescription", describeSort(query.sortOrDefault()));
        model.addAttribute("page", page);
        model.addAttribute("list", page.list());
        model.addAttribute("stats", page.statistics());
        model.addAttribute("query", query);
        int offset = query.offset() == null ? 0 : query.offset();
        Column linkColumn = linkColumn(columns);
        model.addAttribute("offset", offset);
        model.addAttribute("pageSize", query.limit());
        model.addAttribute("privacy", privacy);
        model.addAttribute("columns", columns);
        model.addAttribute("linkColumn", linkColumn);
        model.addAttribute("urls", urls);
        model.addAttribute("params", effective);
        model.addAttribute("filterErrors", filterErrors);
        Map<String, Long> caseIds = coordinationLabels.caseIds(unit, page.list().items().stream().map(i -> i.patient().id()).toList());
        boolean mayRegister = !user.hasRole(Role.DOCTOR) || user.hasRole(Role.REHAB_COORDINATOR);
        List<OverviewRows.Row> rows = OverviewRows.of(page.list().items(), columns, linkColumn, offset, privacy,
                new OverviewRows.Coordination(caseIds, coordinationLabels.waitingTexts(caseIds.values()), mayRegister, coordinationLabels::label),
                references::of);
        model.addAttribute("headersHtml", OverviewControls.headers(columns, linkColumn, urls));
        if (statsOpen) {
            model.addAttribute("statisticsHtml", OverviewControls.statistics(page.statistics()));
        }
        model.addAttribute("rowsHtml", OverviewRows.html(rows));
        model.addAttribute("registerFormId", OverviewRows.REGISTER_FORM_ID);
        model.addAttribute("mayRegister", mayRegister);
        model.addAttribute("isDoctor", user.hasRole(Role.DOCTOR));
        model.addAttribute("ownView", user.hasRole(Role.DOCTOR) && user.hsaId().equals(query.doctorId()));
        response.setHeader("Vary", "HX-Request");
        if (htmx != null && historyRestore == null) {
            // The address bar gets the filters without the search and the privacy switch.
            response.setHeader("HX-Push-Url", new OverviewUrls(OverviewState.withoutUrlExcluded(state), null).current());
            model.addAttribute("countsOutOfBand", OverviewControls.countsOutOfBand(page.optionCounts()));
            return "sickleave/overview-results";
        }
        model.addAttribute("chapterChoices", OverviewControls.chapterChoices(query.diagnosisChapters(), page.optionCounts()));
        model.addAttribute("degreeChoices", OverviewControls.degreeChoices(query.degrees(), page.optionCounts()));
        model.addAttribute("doctorOptions", OverviewControls.doctorOptions(page.doctors(), query.doctorId()));
        model.addAttribute("columnEntries", OverviewControls.columnEntries(layout, (String) model.getAttribute("focusMove")));
        model.addAttribute("occupations", Labels.OCCUPATIONS);
        model.addAttribute("coordinationStates", coordinationLabels.options());
        return "sickleave/overview";
    }

    @GetMapping("/oversikt/utskrift")
    String print(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> params, Model model, HttpSession session) {
        KoordineraUser user = currentUser.get();
        boolean privacy = privacy(params, user);
        MultiValueMap<String, String> effective = effective(OverviewState.read(session, params), user);
        SickLeaveQuery query = parseKeepingValid(effective, new LinkedHashMap<>());
        SickLeaveList list = pages.printList(unit, query);
        model.addAttribute("list", list);
        model.addAttribute("privacy", privacy);
        model.addAttribute("columns", ColumnLayout.parse(settings.get(user.hsaId()).layout()).shown(privacy));
        model.addAttribute("urls", new OverviewUrls(OverviewState.withoutUrlExcluded(effective), query.sortOrDefault()));
        model.addAttribute("filters", FilterSummary.describe(query, privacy, coordinationLabels::label));
        return "sickleave/print-list";
    }

    @GetMapping("/oversikt/excel")
    void excel(@SelectedUnit String unit, @RequestParam MultiValueMap<String, String> params, HttpSession session,
            HttpServletResponse response) throws IOException {
        KoordineraUser user = currentUser.get();
        boolean privacy = privacy(params, user);
        SickLeaveQuery query = parseKeepingValid(effective(OverviewState.read(session, params), user), new LinkedHashMap<>());
        SickLeaveList list = pages.exportList(unit, query);
        List<Column> columns = ColumnLayout.parse(settings.get(user.hsaId()).layout()).shown(privacy);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"sjukfall-" + list.activeOn() + ".xlsx\"");
        response.setHeader("Cache-Control", "no-store");
        String unitName = regions.findUnit(unit).map(CareUnit::name).orElse(unit);
        OverviewExcel.write(unitName, list.activeOn(), list.allMatching(), columns, coordinationLabels::label,
                FilterSummary.describe(query, privacy, coordinationLabels::label), response.getOutputStream());
    }

    /**
     * The query of the filters; a refused filter (a reversed interval, a letter in a number) is left
     * out and its Swedish message shown next to its fields, while the typed values stay in the form.
     */
    SickLeaveQuery parseKeepingValid(MultiValueMap<String, String> params, Map<String, String> errors) {
        MultiValueMap<String, String> remaining = new LinkedMultiValueMap<>(params);
        for (int attempt = 0; attempt < 4; attempt++) {
            try {
                return SickLeaveQuery.parse(remaining, today());
            } catch (InvalidInputException e) {
                if (e.errors().isEmpty()) {
                    throw e;
                }
                for (FieldProblem problem : e.errors()) {
                    String group = filterGroup(problem.field());
                    errors.putIfAbsent(group, problem.message() + ".");
                    FILTER_GROUPS.getOrDefault(group, List.of(problem.field())).forEach(remaining::remove);
                }
            }
        }
        return SickLeaveQuery.parse(new LinkedMultiValueMap<>(), today());
    }

    /** The fields of each filter whose message is shown next to it (a pair is refused together). */
    static final Map<String, List<String>> FILTER_GROUPS = Map.of(
            "days", List.of("minDays", "maxDays"),
            "age", List.of("minAge", "maxAge"),
            "end", List.of("endFrom", "endTo"));

    static String filterGroup(String field) {
        return FILTER_GROUPS.entrySet().stream().filter(e -> e.getValue().contains(field)).map(Map.Entry::getKey).findFirst()
                .orElse(field);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
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

    /**
     * The privacy switch: the user's setting, changed when the form sends the switch (a hidden "off"
     * before the checkbox, so the last value is the state) and then saved for the user.
     */
    boolean privacy(MultiValueMap<String, String> params, KoordineraUser user) {
        boolean saved = settings.hidesIdentity(user.hsaId());
        List<String> values = params.get("privacy");
        if (values == null || values.isEmpty()) {
            return saved;
        }
        String last = values.get(values.size() - 1);
        boolean wanted = last != null && !last.isBlank() && !"false".equals(last) && !"off".equals(last);
        if (wanted != saved) {
            settings.saveHidesIdentity(user.hsaId(), wanted);
        }
        return wanted;
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
