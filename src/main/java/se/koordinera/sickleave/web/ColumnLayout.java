package se.koordinera.sickleave.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user's order and visibility of the overview's columns, saved as text: the column keys in order,
 * comma separated, hidden ones prefixed with {@code -} (e.g. {@code "number,-coordination,id,..."}).
 * Unknown keys are ignored and columns missing from the text are added at the end, shown when they
 * belong to the default set, so a saved layout survives new columns.
 */
public record ColumnLayout(List<Entry> entries) {

    public record Entry(Column column, boolean visible) {
    }

    public ColumnLayout {
        entries = List.copyOf(entries);
    }

    public static ColumnLayout defaults() {
        return new ColumnLayout(java.util.Arrays.stream(Column.values()).map(c -> new Entry(c, c.shownByDefault())).toList());
    }

    public static ColumnLayout parse(String text) {
        if (text == null || text.isBlank()) {
            return defaults();
        }
        List<Entry> entries = new ArrayList<>();
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (String raw : text.split(",")) {
            String token = raw.trim();
            boolean hidden = token.startsWith("-");
            String key = hidden ? token.substring(1) : token;
            Column.byKey(key).filter(seen::add).ifPresent(c -> entries.add(new Entry(c, !hidden)));
        }
        for (Column c : Column.values()) {
            if (seen.add(c)) {
                entries.add(new Entry(c, c.shownByDefault()));
            }
        }
        return new ColumnLayout(entries);
    }

    /** The layout a submitted form describes: columns in the given order, visible when checked. */
    public static ColumnLayout fromForm(List<String> order, Collection<String> visible) {
        String text = order.stream().map(k -> visible.contains(k) ? k : "-" + k).collect(Collectors.joining(","));
        return parse(text.isEmpty() ? null : text);
    }

    public String format() {
        return entries.stream().map(e -> (e.visible ? "" : "-") + e.column.key()).collect(Collectors.joining(","));
    }

    /** Moves a column one step up (towards the left of the table) or down; unchanged at the edge. */
    public ColumnLayout move(Column column, boolean up) {
        List<Entry> list = new ArrayList<>(entries);
        int i = indexOf(column);
        int j = up ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= list.size()) {
            return this;
        }
        Entry e = list.remove(i);
        list.add(j, e);
        return new ColumnLayout(list);
    }

    public int indexOf(Column column) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).column == column) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The columns to draw: visible ones in order, without name and personnummer when the privacy
     * switch is on; then the row number comes first (if hidden) so that each row still has a link to the patient.
     */
    public List<Column> shown(boolean privacy) {
        List<Column> shown = new ArrayList<>(entries.stream().filter(Entry::visible).map(Entry::column)
                .filter(c -> !(privacy && c.identifying())).toList());
        if (privacy && !shown.contains(Column.NUMBER)) {
            shown.add(0, Column.NUMBER);
        }
        return List.copyOf(shown);
    }
}
