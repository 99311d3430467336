package se.koordinera.sickleave.web;

import org.springframework.web.util.HtmlUtils;

/** The escaping of the overview's HTML written in Java ({@link OverviewRows}, {@link OverviewControls}): one copy. */
final class Html {

    private Html() {
    }

    /** {@code  name="value"}, the value escaped. */
    static void attr(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"");
        text(out, value);
        out.append('"');
    }

    /** The text escaped; nothing for null. */
    static void text(StringBuilder out, String value) {
        if (value != null) {
            // Most values (dates, numbers, ids, names) need no escaping: appended as they are, without
            // HtmlUtils' copy of each (a page writes some 3 000 of them).
            out.append(needsEscaping(value) ? HtmlUtils.htmlEscape(value, "UTF-8") : value);
        }
    }

    /** Whether the value has a character that HtmlUtils escapes in UTF-8 mode (the five of HTML's syntax). */
    static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            switch (value.charAt(i)) {
                case '<', '>', '&', '"', '\'' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
