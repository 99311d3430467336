package se.koordinera.savedview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SavedViewTest {

    @Test
    @DisplayName("A saved view never keeps the search, the privacy switch or a personnummer in any spelling; the other filters stay")
    void personnummerIsDropped() {
        assertThat(SavedViewService.withoutIdentities("q=191212121212&length=LONG")).isEqualTo("length=LONG");
        assertThat(SavedViewService.withoutIdentities("q=19121212-1212&length=LONG")).isEqualTo("length=LONG");
        assertThat(SavedViewService.withoutIdentities("q=121212-1212")).isEmpty();
        assertThat(SavedViewService.withoutIdentities("q=121212+1212")).isEmpty();
        assertThat(SavedViewService.withoutIdentities("q=1212%201212%201212")).isEmpty();
        assertThat(SavedViewService.withoutIdentities("q=Tolvan&endFrom=2026-12-01&_csrf=abc&privacy=on")).isEqualTo("endFrom=2026-12-01");
        assertThat(SavedViewService.withoutIdentities("gender=F&occupation=121212-1212")).isEqualTo("gender=F");
        assertThat(SavedViewService.withoutIdentities("")).isEmpty();
    }
}
