package se.koordinera.sickleave.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The overview's filters for the session (issue 12 item 11): the app's own links (the menu,
 * "Tillbaka till översikten") lead to a bare /oversikt, which shows the filters last used in this
 * session. The free-text search is kept here and never in a URL, because it often is a
 * personnummer; the privacy switch is a user setting (see {@code OverviewSettingsService}).
 * The session lives in the database (Spring Session JDBC), so this works on every node.
 */
final class OverviewState {

    static final String FILTERS = "koordinera.overview.filters";
    static final String SEARCH = "koordinera.overview.search";
    /** Parameters that are not kept in the URL state: the search, the privacy switch, the clear command. */
    static final Set<String> NOT_IN_URL = Set.of("q", "privacy", "rensa");

    private OverviewState() {
    }

    /**
     * The filters of this request: the remembered ones when the request names none (a bare /oversikt),
     * else the request's, which are then remembered. The search comes from the request when it has
     * one (a blank value clears it), else from the session.
     */
    static MultiValueMap<String, String> remember(HttpSession session, MultiValueMap<String, String> params) {
        MultiValueMap<String, String> filters = withoutUrlExcluded(params);
        if (filters.isEmpty()) {
            filters = saved(session);
        } else {
            session.setAttribute(FILTERS, toSerializable(filters));
        }
        if (params.containsKey("q")) {
            String q = params.getFirst("q");
            if (q == null || q.isBlank()) {
                session.removeAttribute(SEARCH);
            } else {
                session.setAttribute(SEARCH, q.strip());
            }
        }
        return withSearch(session, filters);
    }

    /** The request's filters with the session's search added (print view and Excel: read only). */
    static MultiValueMap<String, String> read(HttpSession session, MultiValueMap<String, String> params) {
        MultiValueMap<String, String> filters = withoutUrlExcluded(params);
        if (params.containsKey("q")) {
            String q = params.getFirst("q");
            if (q != null && !q.isBlank()) {
                filters.set("q", q.strip());
            }
            return filters;
        }
        return withSearch(session, filters);
    }

    static void clear(HttpSession session) {
        session.removeAttribute(FILTERS);
        session.removeAttribute(SEARCH);
    }

    /** The state as URL parameters: everything but the search and the privacy switch. */
    static MultiValueMap<String, String> withoutUrlExcluded(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
        params.forEach((k, v) -> {
            if (!NOT_IN_URL.contains(k)) {
                out.put(k, new ArrayList<>(v));
            }
        });
        return out;
    }

    private static MultiValueMap<String, String> withSearch(HttpSession session, MultiValueMap<String, String> filters) {
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>(filters);
        Object q = session.getAttribute(SEARCH);
        if (q instanceof String s && !s.isBlank()) {
            out.set("q", s);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static MultiValueMap<String, String> saved(HttpSession session) {
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
        if (session.getAttribute(FILTERS) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put((String) k, new ArrayList<>((List<String>) v)));
        }
        return out;
    }

    /** Plain JDK collections, so the JDBC session store can serialise the attribute. */
    private static Serializable toSerializable(MultiValueMap<String, String> filters) {
        LinkedHashMap<String, ArrayList<String>> copy = new LinkedHashMap<>();
        filters.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }
}
