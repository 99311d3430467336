package se.koordinera.sickleave.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.koordinera.sickleave.CoordinationStatusLookup;

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

    CoordinationLabels(ObjectProvider<CoordinationStatusLookup> lookup) {
        this.lookup = lookup;
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
