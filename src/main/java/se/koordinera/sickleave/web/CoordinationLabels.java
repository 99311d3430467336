package se.koordinera.sickleave.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.koordinera.sickleave.CoordinationStatusLookup;
import se.koordinera.sickleave.WaitingStatusLookup;

/**
 * The coordination column and filter of the overview: the states and their labels come from the
 * coordination feature itself, so the filter offers exactly the states a case can be in.
 */
@Component("coordinationLabels")
public class CoordinationLabels {

    /** The filter value for patients without an open coordination case. */
    public static final String NONE = "NONE";

    private final ObjectProvider<CoordinationStatusLookup> lookup;
    /** The states are fixed for the life of the application: read once. */
    private volatile Map<String, String> options;

    private final ObjectProvider<WaitingStatusLookup> waiting;

    CoordinationLabels(ObjectProvider<CoordinationStatusLookup> lookup, ObjectProvider<WaitingStatusLookup> waiting) {
        this.lookup = lookup;
        this.waiting = waiting;
    }

    /** What each listed open case waits for, in words, per case id (shown in the coordination column); one query per page. */
    public Map<Long, String> waitingTexts(java.util.Collection<Long> caseIds) {
        WaitingStatusLookup texts = waiting.getIfAvailable();
        return texts == null || caseIds.isEmpty() ? Map.of() : texts.waitingTexts(caseIds);
    }

    /** The filter's options: no case, then every open state, value to label. */
    public Map<String, String> options() {
        Map<String, String> cached = options;
        if (cached == null) {
            cached = read();
            options = cached;
        }
        return cached;
    }

    private Map<String, String> read() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(NONE, "Inget koordineringsärende");
        CoordinationStatusLookup states = lookup.getIfAvailable();
        if (states != null) {
            options.putAll(states.openStateLabels());
        }
        return java.util.Collections.unmodifiableMap(options);
    }

    /** The open case of each listed patient (the coordination column links to it); one query per page. */
    public Map<String, Long> caseIds(String unitId, java.util.Collection<String> patientIds) {
        CoordinationStatusLookup states = lookup.getIfAvailable();
        return states == null || patientIds.isEmpty() ? Map.of() : states.openCaseIds(unitId, patientIds);
    }

    /** The label of a state; "–" for none. */
    public String label(String state) {
        return state == null ? "–" : options().getOrDefault(state, state);
    }
}
