package se.koordinera.savedview;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.access.CurrentUser;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;

/**
 * Named filter sets per user and page. A filter value with six digits or more in a row (a
 * personnummer or part of one, in any spelling) is dropped before anything is stored: a saved view
 * never holds a patient's identity. Only the owner sees, renames or deletes a view.
 */
@Service("savedViews")
public class SavedViewService {

    public enum Page {
        OVERVIEW("/oversikt"), WORKLIST("/koordinering");

        private final String path;

        Page(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public record SavedView(long id, Page page, String name, String query) {
        public String url() {
            return page.path() + (query.isEmpty() ? "" : "?" + query);
        }
    }

    private static final java.util.Set<String> NEVER_KEPT = java.util.Set.of("q", "privacy", "_csrf", "rensa");
    private static final Pattern IDENTITY = Pattern.compile("\\d{6,}|\\d{6}[-+]?\\d{4}");
    private static final int MAX_QUERY = 2000;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    public SavedViewService(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<SavedView> mine(String page) {
        return jdbc.sql("select * from saved_view where user_hsa_id = ? and page = ? order by name")
                .params(currentUser.get().hsaId(), Page.valueOf(page).name())
                .query((rs, n) -> new SavedView(rs.getLong("id"), Page.valueOf(rs.getString("page")), rs.getString("name"), rs.getString("query")))
                .list();
    }

    /** Saves the filters under a name (a name already used on the page is refused); returns whether a search was dropped. */
    @Transactional
    public boolean save(Page page, String name, String query) {
        String n = name(name);
        String clean = withoutIdentities(query == null ? "" : query);
        if (clean.length() > MAX_QUERY) {
            throw new InvalidInputException("query", "Filtret är för långt för att sparas");
        }
        if (exists(page, n, -1)) {
            throw new InvalidInputException("name", "Du har redan en vy med namnet " + n);
        }
        jdbc.sql("insert into saved_view (user_hsa_id, page, name, query) values (?, ?, ?, ?)")
                .params(currentUser.get().hsaId(), page.name(), n, clean).update();
        // tell the user when something they had chosen was left out (empty fields are nothing)
        return !clean.equals(withoutEmpty(query == null ? "" : query));
    }

    @Transactional
    public void rename(long id, String name) {
        SavedView v = own(id);
        String n = name(name);
        if (exists(v.page(), n, id)) {
            throw new InvalidInputException("name", "Du har redan en vy med namnet " + n);
        }
        jdbc.sql("update saved_view set name = ? where id = ?").params(n, id).update();
    }

    @Transactional
    public void delete(long id) {
        own(id);
        jdbc.sql("delete from saved_view where id = ?").param(id).update();
    }

    /**
     * What a view may keep: never the search (a name or a personnummer: personal data, and the
     * overview keeps it for the session only, out of every address), never the privacy switch (saved
     * per user) or the form's token, and no parameter whose value holds a run of six digits or more
     * (a personnummer in any spelling).
     */
    static String withoutIdentities(String query) {
        return normalised(query, true);
    }

    /** The query's non-empty parameters, in the same encoding as {@link #withoutIdentities}. */
    private static String withoutEmpty(String query) {
        return normalised(query, false);
    }

    private static String normalised(String query, boolean dropIdentities) {
        List<String> kept = new ArrayList<>();
        for (String pair : query.startsWith("?") ? query.substring(1).split("&") : query.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (value.isBlank() || key.equals("_csrf")) {
                continue;
            }
            if (dropIdentities && (NEVER_KEPT.contains(key) || IDENTITY.matcher(value.replaceAll("\\s", "")).find()
                    || IDENTITY.matcher(key).find())) {
                continue;
            }
            kept.add(URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return String.join("&", kept);
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new InvalidInputException("name", "Ge vyn ett namn");
        }
        if (n.length() > 60) {
            throw new InvalidInputException("name", "Namnet får vara högst 60 tecken");
        }
        if (IDENTITY.matcher(n.replaceAll("\\s", "")).find()) {
            throw new InvalidInputException("name", "Namnet får inte innehålla ett personnummer");
        }
        return n;
    }

    private boolean exists(Page page, String name, long except) {
        return jdbc.sql("select count(*) from saved_view where user_hsa_id = ? and page = ? and name = ? and id <> ?")
                .params(currentUser.get().hsaId(), page.name(), name, except).query(Long.class).single() > 0;
    }

    private SavedView own(long id) {
        return jdbc.sql("select * from saved_view where id = ? and user_hsa_id = ?").params(id, currentUser.get().hsaId())
                .query((rs, n) -> new SavedView(rs.getLong("id"), Page.valueOf(rs.getString("page")), rs.getString("name"), rs.getString("query")))
                .optional().orElseThrow(() -> new NotFoundException("Vyn finns inte"));
    }
}
