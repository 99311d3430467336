package se.koordinera.sickleave.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

class HtmlTest {

    @Test
    @DisplayName("Text and attributes are escaped exactly as HtmlUtils escapes them, also when nothing needs it (seeded random strings)")
    void escapesAsHtmlUtils() {
        Random random = new Random(2026);
        String alphabet = "aåäöZ09 -_.:/<>&\"'=;#·–↑▲\u00a0\n";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder value = new StringBuilder();
            for (int i = 0, n = random.nextInt(12); i < n; i++) {
                // Half of the strings without any of HTML's five special characters: the path that appends as is.
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                value.append(round % 2 == 0 && "<>&\"'".indexOf(c) >= 0 ? 'x' : c);
            }
            String expected = HtmlUtils.htmlEscape(value.toString(), "UTF-8");
            StringBuilder text = new StringBuilder("[");
            Html.text(text, value.toString());
            assertThat(text.toString()).isEqualTo("[" + expected);
            StringBuilder attr = new StringBuilder();
            Html.attr(attr, "title", value.toString());
            assertThat(attr.toString()).isEqualTo(" title=\"" + expected + "\"");
            assertThat(Html.needsEscaping(value.toString())).isEqualTo(!expected.equals(value.toString()));
        }
    }
}
