package se.koordinera.sickleave.web;

import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the overview that keep the current filter state (the URL is the state: a filtered,
 * sorted view can be bookmarked and shared).
 */
public final class OverviewUrls {

    private final MultiValueMap<String, String> params;
    private final String sort;

    public OverviewUrls(MultiValueMap<String, String> params, String currentSort) {
        this.params = new LinkedMultiValueMap<>();
        params.forEach((k, v) -> {
            // A blank doctorId is kept: for a doctor it means "all the unit's cases" instead of their own.
            List<String> kept = v.stream().filter(x -> x != null && (!x.isBlank() || "doctorId".equals(k))).toList();
            if (!kept.isEmpty()) {
                this.params.put(k, kept);
            }
        });
        this.sort = currentSort;
    }

    /** The link that sorts by the key: ascending first, a second click descending. */
    public String sortBy(String key) {
        String next = key.equals(sort) ? "-" + key : key;
        return build("/oversikt", Map.of("sort", List.of(next)), "offset");
    }

    /** aria-sort of a column header. */
    public String ariaSort(String key) {
        if (key == null) {
            return null;
        }
        if (key.equals(sort)) {
            return "ascending";
        }
        if (("-" + key).equals(sort)) {
            return "descending";
        }
        return null;
    }

    public String page(int offset) {
        return build("/oversikt", Map.of("offset", List.of(String.valueOf(offset))));
    }

    /** The same filters on another path (print view, Excel file), without paging. */
    public String on(String path) {
        return build(path, Map.of(), "offset", "limit");
    }

    /** The same view with the doctor filter set (empty value: all doctors). */
    public String withDoctor(String doctorId) {
        return build("/oversikt", Map.of("doctorId", List.of(doctorId == null ? "" : doctorId)), "offset");
    }

    /** The current view's address (the htmx history entry). */
    public String current() {
        return build("/oversikt", Map.of());
    }

    /** The query string of the current view, for returning to it after a form post. */
    public String query() {
        return build("", Map.of());
    }

    private String build(String path, Map<String, List<String>> replace, String... remove) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        MultiValueMap<String, String> all = new LinkedMultiValueMap<>(params);
        for (String r : remove) {
            all.remove(r);
        }
        all.putAll(replace);
        all.forEach((k, values) -> values.forEach(v -> b.queryParam(k, v)));
        return b.encode().build().toUriString();
    }
}
