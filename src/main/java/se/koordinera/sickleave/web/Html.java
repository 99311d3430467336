package se.koordinera.sickleave.web;

import org.springframework.web.util.HtmlUtils;

/** The escaping of the overview's HTML written in Java ({@link OverviewRows}, {@link OverviewControls}): one copy. */
final class Html {

    private Html() {
    }

    /** {@code  name="value"}, the value escaped. */
    static void attr(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"").append(HtmlUtils.htmlEscape(value, "UTF-8")).append('"');
    }

    /** The text escaped; nothing for null. */
    static void text(StringBuilder out, String value) {
        if (value != null) {
            out.append(HtmlUtils.htmlEscape(value, "UTF-8"));
        }
    }
}
