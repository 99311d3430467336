package se.koordinera.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/** A minimal RFC 5545 reader for the tests: unfolds lines and returns the VEVENT properties (name without parameters). */
final class IcsParser {

    private IcsParser() {
    }

    static Map<String, String> parse(String ics) {
        if (!ics.endsWith("\r\n")) {
            throw new AssertionError("content lines must end with CRLF");
        }
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        Map<String, String> props = new LinkedHashMap<>();
        boolean inEvent = false;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                inEvent = true;
            } else if (line.equals("END:VEVENT")) {
                inEvent = false;
            } else if (inEvent) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon);
                int semi = name.indexOf(';');
                props.put(semi < 0 ? name : name.substring(0, semi), line.substring(colon + 1));
            }
        }
        return props;
    }

    static String unescape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
