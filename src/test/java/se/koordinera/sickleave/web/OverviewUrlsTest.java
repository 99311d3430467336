package se.koordinera.sickleave.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.Period;

class OverviewUrlsTest {

    static MultiValueMap<String, String> params() {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        p.add("gender", "F");
        p.add("lengthBand", "0-14");
        p.add("lengthBand", "731-");
        p.add("q", "");
        p.add("doctorId", "");
        p.add("offset", "100");
        p.add("sort", "age");
        return p;
    }

    @Test
    void sortLinkKeepsFiltersTogglesDirectionAndStartsOnFirstPage() {
        OverviewUrls urls = new OverviewUrls(params(), "age");
        assertThat(urls.sortBy("age")).startsWith("/oversikt?").contains("gender=F").contains("lengthBand=0-14").contains("lengthBand=731-")
                .contains("sort=-age").doesNotContain("offset").doesNotContain("q=");
        assertThat(urls.sortBy("days")).contains("sort=days");
        assertThat(urls.ariaSort("age")).isEqualTo("ascending");
        assertThat(new OverviewUrls(params(), "-age").ariaSort("age")).isEqualTo("descending");
        assertThat(urls.ariaSort("days")).isNull();
    }

    @Test
    void blankDoctorIsKeptBecauseItMeansAllCasesForADoctor() {
        assertThat(new OverviewUrls(params(), "age").query()).contains("doctorId=");
    }

    @Test
    void printAndExcelLinksDropPaging() {
        String print = new OverviewUrls(params(), "age").on("/oversikt/utskrift");
        assertThat(print).startsWith("/oversikt/utskrift?").contains("gender=F").doesNotContain("offset");
    }

    @Test
    void textIsEncoded() {
        MultiValueMap<String, String> p = new LinkedMultiValueMap<>();
        p.add("q", "Åsa & Co");
        assertThat(new OverviewUrls(p, "-days").query()).isEqualTo("?q=%C3%85sa%20%26%20Co");
    }

    @Test
    void timelineBarsSpanTheCaseByPeriodAndDegree() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        CertificateFacts first = new CertificateFacts("a", "p", "u", "d", "D", start, "F43", null, null, null,
                List.of(new Period(start, start.plusDays(49), 100)));
        CertificateFacts second = new CertificateFacts("b", "p", "u", "d", "D", start.plusDays(50), "F43", null, null, null,
                List.of(new Period(start.plusDays(50), start.plusDays(74), 50), new Period(start.plusDays(75), start.plusDays(99), 25)));
        Timeline t = Timeline.of(start, start.plusDays(99), List.of(first, second));
        assertThat(t.rows()).hasSize(2);
        Timeline.Bar full = t.rows().get(0).bars().get(0);
        assertThat(full.x()).isZero();
        assertThat(full.width()).isEqualTo(500);
        Timeline.Bar half = t.rows().get(1).bars().get(0);
        Timeline.Bar quarter = t.rows().get(1).bars().get(1);
        assertThat(half.x()).isEqualTo(500);
        assertThat(quarter.x() + quarter.width()).isEqualTo(1000);
        assertThat(full.height()).isGreaterThan(half.height());
        assertThat(half.height()).isGreaterThan(quarter.height());
        assertThat(t.ticks().get(0).label()).isEqualTo("2026-01-01");
    }
}
