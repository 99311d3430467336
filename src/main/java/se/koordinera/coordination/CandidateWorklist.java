package se.koordinera.coordination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.sickleave.CandidateList;
import se.koordinera.sickleave.SickLeaveQuery;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.sickleave.engine.CandidateRules;

/**
 * The candidate part of the worklist page (issue 12 item 6, issue 14 items 2-3): the overview's
 * filters ({@link SickLeaveQuery}, one copy of the filter rules), a flag filter, search, sort and
 * paging, kept in the page's URL so that a link or the back button shows the same selection.
 */
@Component
class CandidateWorklist {

    static final int PAGE_SIZE = 25;

    /** The query parameters the worklist's candidate form uses: everything else in a URL is dropped. */
    static final List<String> PARAMETERS = List.of("q", "lengthBand", "degree", "diagnosisChapter", "gender", "minAge", "maxAge",
            "milestoneWithinDays", "flagga", "visaAvfardade", "sort", "offset");

    private final SickLeaveService sickLeaves;
    private final CoordinationSettings settings;
    private final Clock clock;

    CandidateWorklist(SickLeaveService sickLeaves, CoordinationSettings settings, Clock clock) {
        this.sickLeaves = sickLeaves;
        this.settings = settings;
        this.clock = clock;
    }

    void fill(String unit, MultiValueMap<String, String> params, Model model) {
        LocalDate today = LocalDate.now(clock);
        MultiValueMap<String, String> kept = kept(params);
        int minDays = settings.get(unit).candidateMinDays();
        SickLeaveQuery query;
        List<FieldProblem> problems = new ArrayList<>();
        try {
            query = SickLeaveQuery.parse(kept, today);
        } catch (InvalidInputException e) {
            problems.addAll(e.errors());
            query = SickLeaveQuery.parse(Map.of(), today);
        }
        CandidateRules.Flag flag = null;
        String flagParam = kept.getFirst("flagga");
        if (flagParam != null && !flagParam.isBlank()) {
            try {
                flag = CandidateRules.Flag.valueOf(flagParam);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("flagga", "Välj en flagga i listan"));
            }
        }
        boolean includeDismissed = "1".equals(kept.getFirst("visaAvfardade"));
        query = query.page(PAGE_SIZE, query.offset() == null ? 0 : query.offset());
        CandidateList candidates = sickLeaves.candidates(unit, minDays, today, query, flag, includeDismissed);
        model.addAttribute("candidates", candidates);
        model.addAttribute("candidateQuery", query);
        model.addAttribute("candidateFlag", flag);
        model.addAttribute("candidateIncludeDismissed", includeDismissed);
        model.addAttribute("candidateParams", kept);
        model.addAttribute("candidateProblems", problemsByField(problems));
        model.addAttribute("candidateFlags", CandidateRules.Flag.values());
        model.addAttribute("candidateLengthBands", se.koordinera.sickleave.LengthBand.FILTER_BANDS);
        model.addAttribute("candidateChapters", se.koordinera.sickleave.Icd10Chapters.ALL);
        model.addAttribute("candidateSortKeys", sortKeys());
        model.addAttribute("candidateBack", query(kept, null, null));
        int offset = candidates.offset();
        model.addAttribute("candidatePrevious", offset > 0 ? "/koordinering" + query(kept, "offset", String.valueOf(Math.max(0, offset - PAGE_SIZE))) : null);
        model.addAttribute("candidateNext", offset + PAGE_SIZE < candidates.total()
                ? "/koordinering" + query(kept, "offset", String.valueOf(offset + PAGE_SIZE)) : null);
    }

    /** The personnummer as the page shows it (YYYYMMDD-NNNN). */
    public String personnummer(String id) {
        return FkLetter.formatPersonnummer(id);
    }

    /** The sort choices of the worklist: key to Swedish label. */
    static Map<String, String> sortKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("-days", "Längd, längst först");
        keys.put("days", "Längd, kortast först");
        keys.put("milestone", "Närmast nästa gräns i rehabiliteringskedjan");
        keys.put("patient", "Namn");
        keys.put("-start", "Start, senaste först");
        keys.put("-degree", "Grad, högst först");
        return keys;
    }

    static MultiValueMap<String, String> kept(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        for (String name : PARAMETERS) {
            List<String> values = params.get(name);
            if (values != null) {
                values.stream().filter(v -> v != null && !v.isBlank()).forEach(v -> kept.add(name, v));
            }
        }
        return kept;
    }

    /** "?a=b&..." of the kept parameters, with {@code name} replaced by {@code value} (the filters change: the first page). */
    static String query(MultiValueMap<String, String> kept, String name, String value) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        kept.forEach((k, values) -> {
            if (!k.equals(name) && !(name == null && k.equals("offset"))) {
                values.forEach(v -> b.queryParam(k, v));
            }
        });
        if (name != null) {
            b.queryParam(name, value);
        }
        String q = b.encode().build().getQuery();
        return q == null || q.isEmpty() ? "" : "?" + q;
    }

    private static Map<String, String> problemsByField(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.merge(p.field(), p.message(), (a, b) -> a + " " + b));
        return byField;
    }
}
