package se.koordinera.sickleave.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import se.koordinera.support.Browser;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 items 6 (overview part), 10, 11, 12 and 13 and the minor items of the overview and the
 * figures, walked in headless Chromium at 1 366 px, with axe-core on every page state.
 */
@IntegrationTest
class OverviewWalkBrowserIT {

    /** Eight digits in a row: a personnummer (or its date part) in a URL. */
    static final String PERSONNUMMER_IN_URL = ".*(19|20)\\d{6}.*";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestData testData;
    @Autowired
    JsonMapper json;

    static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver()).executeScript(script, args);
    }

    static int count(Browser b) {
        return OverviewBrowserIT.count(b);
    }

    static List<String> headers(Browser b) {
        return b.findAll(By.cssSelector("#cases thead th")).stream().map(e -> e.getAttribute("data-col")).toList();
    }

    /** Every link and form address on the page: none may carry a personnummer. */
    static void assertNoPersonnummerInAnyAddress(Browser b) {
        assertThat(b.driver().getCurrentUrl()).doesNotMatch(PERSONNUMMER_IN_URL);
        @SuppressWarnings("unchecked")
        List<String> addresses = (List<String>) js(b, """
                return Array.from(document.querySelectorAll('a[href], form[action], [hx-get]'))
                  .map(e => e.getAttribute('href') || e.getAttribute('action') || e.getAttribute('hx-get'));""");
        assertThat(addresses).isNotEmpty().noneMatch(a -> a.matches(PERSONNUMMER_IN_URL));
    }

    @Test
    void compactOverviewFitsAt1366WithLengthFromToAndRefusedFiltersNextToTheFields() throws Exception {
        try (Browser b = new Browser(port)) {
            b.resize(1366, 900);
            b.login("rehab.vgr", "demo");
            b.open("/oversikt");
            int all = count(b);
            // Compact default: Slut, Längd, Grad and Läkare are on screen, coordination is the last column.
            List<String> cols = headers(b);
            assertThat(cols).contains("end", "days", "degree", "doctor").doesNotContain("gender", "occupation", "certificates", "number");
            assertThat(cols.get(cols.size() - 1)).isEqualTo("coordination");
            Object overflow = js(b, """
                    const wrap = document.querySelector('.table-wrap');
                    return wrap.scrollWidth - wrap.clientWidth;""");
            assertThat(((Number) overflow).intValue()).as("the table is wider than its box at 1 366 px").isLessThanOrEqualTo(0);
            for (String col : List.of("end", "days", "degree", "doctor", "coordination")) {
                Number right = (Number) js(b, "return document.querySelector('#cases th[data-col=" + col + "]').getBoundingClientRect().right;");
                assertThat(right.doubleValue()).as(col + " on screen").isLessThanOrEqualTo(1366);
            }
            assertThat(js(b, "return getComputedStyle(document.querySelector('#cases td[data-col=name]')).position;")).isEqualTo("sticky");
            assertThat(js(b, "return getComputedStyle(document.querySelector('#cases td[data-col=end]')).whiteSpace;")).isEqualTo("nowrap");
            assertThat(b.findAll(By.cssSelector("input[name=lengthBand]"))).as("the four length checkboxes are gone").isEmpty();
            assertThat(b.accessibilityViolations()).isEmpty();
            b.screenshot("overview-1366");

            // A free length interval.
            b.find(By.id("f-minDays")).sendKeys("30");
            b.find(By.id("f-maxDays")).sendKeys("60");
            b.find(By.id("f-maxDays")).sendKeys(Keys.TAB);
            b.waitFor(d -> d.getCurrentUrl().contains("maxDays=60"));
            b.waitFor(d -> count(b) < all);
            assertThat(OverviewBrowserIT.column(b, "days")).isNotEmpty().allMatch(d -> Integer.parseInt(d) >= 30 && Integer.parseInt(d) <= 60);

            // A reversed date interval is refused next to the fields, with the typed values kept (not a silent 0).
            b.open("/oversikt?endFrom=2026-12-31&endTo=2026-01-01");
            assertThat(b.find(By.id("err-end")).getText()).contains("Slutdatum från får inte ligga efter slutdatum till");
            assertThat(b.find(By.id("f-endFrom")).getAttribute("value")).isEqualTo("2026-12-31");
            assertThat(b.find(By.id("f-endTo")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(b.find(By.id("filter-refused")).getText()).contains("Listan visas utan det filtret");
            assertThat(count(b)).as("the other filters still apply").isPositive();
            assertThat(b.accessibilityViolations()).isEmpty();

            // The same without script (a full page): message next to the fields and the values kept.
            b.open("/oversikt?minAge=70&maxAge=20");
            assertThat(b.find(By.id("err-age")).getText()).contains("Lägsta ålder får inte vara högre än högsta ålder");
            assertThat(b.find(By.id("f-minAge")).getAttribute("value")).isEqualTo("70");
            assertThat(b.find(By.id("f-minAge")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(b.accessibilityViolations()).isEmpty();

            // Print list: landscape, dates unwrapped.
            b.open("/oversikt?rensa=1");
            b.driver().get(b.find(By.id("print-list")).getAttribute("href"));
            // the style sheet may still be parsing when the page's load event has fired under load: wait for the rule
            b.waitFor(d -> Boolean.TRUE.equals(js(b, """
                    for (const sheet of document.styleSheets) { for (const rule of sheet.cssRules) {
                      if (rule instanceof CSSPageRule && rule.style.size.includes('landscape')) return true; } }
                    return false;""")));
            assertThat(js(b, "return getComputedStyle(document.querySelector('#print-table td[data-col=end]')).whiteSpace;")).isEqualTo("nowrap");
        }
    }

    @Test
    void filtersSearchAndPrivacySurviveTheAppsOwnLinksAndNoPersonnummerIsInAnyUrl() throws Exception {
        KnownUnit known = new KnownUnit(testData, mvc, json);
        try (Browser b = new Browser(port)) {
            b.resize(1366, 900);
            b.login(known.coordinator.username(), TestData.PASSWORD);
            b.open("/oversikt");
            assertThat(count(b)).isEqualTo(5);
            b.find(By.cssSelector("#f-gender option[value=F]")).click();
            b.waitFor(d -> d.getCurrentUrl().contains("gender=F"));
            b.waitFor(d -> count(b) == 2);

            // A search by personnummer: the list answers, the address bar never shows it.
            b.find(By.id("f-q")).sendKeys(known.p1.value());
            b.waitFor(d -> count(b) == 1);
            assertNoPersonnummerInAnyAddress(b);

            // To the patient and back with "Tillbaka till översikten": the same filters and search.
            b.driver().get(b.find(By.cssSelector("#cases a.patient-link")).getAttribute("href"));
            b.waitFor(d -> d.getCurrentUrl().contains("/patient/"));
            assertThat(b.find(By.id("patient-name")).getText()).isEqualTo("Anna Ettan");
            assertNoPersonnummerInAnyAddress(b);
            b.find(By.linkText("Tillbaka till översikten")).click();
            b.waitFor(d -> d.getCurrentUrl().contains("/oversikt"));
            assertThat(count(b)).isEqualTo(1);
            assertThat(b.find(By.id("f-q")).getAttribute("value")).isEqualTo(known.p1.value());
            assertThat(b.find(By.id("f-gender")).getAttribute("value")).isEqualTo("F");

            // The menu's "Sjukfall" too; "Rensa filter" clears.
            b.find(By.linkText("Sjukfall")).click();
            b.waitFor(d -> d.getCurrentUrl().contains("/oversikt"));
            assertThat(count(b)).isEqualTo(1);
            b.find(By.id("clear-filters")).click();
            b.waitFor(d -> count(b) == 5);
            assertThat(b.find(By.id("f-q")).getAttribute("value")).isEmpty();

            // The privacy switch is saved for the user: it holds after the menu, on the patient page and in a new login.
            b.find(By.cssSelector("label[for=f-privacy]")).click();
            b.waitFor(d -> OverviewBrowserIT.column(b, "name").isEmpty());
            b.find(By.linkText("Sjukfall")).click();
            b.waitFor(d -> d.getCurrentUrl().contains("/oversikt"));
            assertThat(b.findAll(By.cssSelector("#cases th[data-col=name]"))).isEmpty();
            assertThat(b.find(By.id("f-privacy")).isSelected()).isTrue();
            assertNoPersonnummerInAnyAddress(b);
            assertThat(b.accessibilityViolations()).isEmpty();
            b.find(By.cssSelector("#cases a.patient-link")).click();
            b.waitFor(d -> d.getCurrentUrl().contains("/patient/"));
            assertThat(b.find(By.id("patient-hidden")).getText()).contains("dolda");
            assertThat(b.findAll(By.id("patient-name"))).isEmpty();
            assertThat(b.find(By.tagName("main")).getText()).doesNotContain("Anna Ettan").doesNotContain("Bertil Tvåan");
            assertThat(b.accessibilityViolations()).isEmpty();
        }
        try (Browser b = new Browser(port)) {
            b.login(known.coordinator.username(), TestData.PASSWORD);
            b.open("/oversikt");
            assertThat(b.find(By.id("f-privacy")).isSelected()).as("saved per user, not per session").isTrue();
            b.find(By.cssSelector("label[for=f-privacy]")).click();
            b.waitFor(d -> !OverviewBrowserIT.column(b, "name").isEmpty());
        }
    }

    @Test
    void overviewRowsRegisterACaseAndLinkTheCoordinationColumnFocusLandsOnTheMessage() throws Exception {
        KnownUnit known = new KnownUnit(testData, mvc, json);
        try (Browser b = new Browser(port)) {
            b.resize(1366, 900);
            b.login(known.coordinator.username(), TestData.PASSWORD);
            b.open("/oversikt");
            WebElement row = b.find(By.cssSelector("#cases tr[data-patient='" + known.p2.value() + "']"));
            assertThat(row.findElements(By.cssSelector("a.case-link"))).isEmpty();
            row.findElement(By.cssSelector("button.register-case")).click();
            // registration cannot be undone: the row's button leads to the prefilled confirmation
            assertThat(b.find(By.id("register-patient")).getText().replace("-", "")).isEqualTo(known.p2.value());
            assertThat(b.accessibilityViolations()).isEmpty();
            b.find(By.cssSelector("#register button[type=submit]")).click();
            b.waitFor(d -> d.getCurrentUrl().matches(".*/koordinering/arenden/\\d+$"));
            String caseUrl = b.driver().getCurrentUrl();
            // After the post-redirect-get the focus is on the message, not on <body>.
            assertThat(js(b, "const a = document.activeElement; return a.getAttribute('role') + ' ' + a.textContent;"))
                    .asString().matches("(status|alert) .*registrerat.*");

            b.find(By.linkText("Sjukfall")).click();
            WebElement link = b.find(By.cssSelector("#cases tr[data-patient='" + known.p2.value() + "'] a.case-link"));
            assertThat(link.getAttribute("href")).isEqualTo(caseUrl);
            assertThat(b.findAll(By.cssSelector("#cases tr[data-patient='" + known.p2.value() + "'] button.register-case"))).isEmpty();
            assertThat(b.findAll(By.cssSelector("#cases tr[data-patient='" + known.p1.value() + "'] button.register-case"))).hasSize(1);
            assertThat(b.accessibilityViolations()).isEmpty();

            // A refused form: focus on its first invalid field.
            b.open("/installningar");
            b.find(By.id("maxGapDays")).clear();
            b.find(By.id("maxGapDays")).sendKeys("91");
            js(b, "document.getElementById('settings-form').noValidate = true");
            b.find(By.id("save-settings")).click();
            b.find(By.id("settings-errors"));
            assertThat(js(b, "return document.activeElement.id;")).isEqualTo("maxGapDays");
            // A saved form: focus on the message.
            b.find(By.id("maxGapDays")).clear();
            b.find(By.id("maxGapDays")).sendKeys("5");
            b.find(By.id("save-settings")).click();
            b.find(By.id("settings-saved"));
            assertThat(js(b, "return document.activeElement.id;")).isEqualTo("settings-saved");
            assertThat(b.accessibilityViolations()).isEmpty();

            // Excel: the filters in words, an autofilter and a frozen header.
            b.open("/oversikt?gender=M");
            b.find(By.id("excel-export")).click();
            Path xlsx = b.awaitDownload(".xlsx");
            b.waitFor(d -> {
                try {
                    return Files.size(xlsx) > 0;
                } catch (Exception e) {
                    return false;
                }
            });
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
                XSSFSheet sheet = book.getSheetAt(0);
                assertThat(new DataFormatter().formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("Filter: Kön: Man");
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo(3);
            }
        }
    }

    /** The focus ring's contrast (WCAG 2.1 1.4.11) against the background it is drawn on, for each Tab stop. */
    static List<String> weakFocusRings(Browser b, int tabs) {
        b.find(By.tagName("body"));
        js(b, "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> weak = new java.util.ArrayList<>();
        Actions keys = new Actions(b.driver());
        for (int i = 0; i < tabs; i++) {
            keys.sendKeys(Keys.TAB).perform();
            Object result = js(b, """
                    const el = document.activeElement; if (!el || el === document.body) return null;
                    // Chromium marks a date field's focused part itself (a highlighted segment), not with the outline.
                    if (el.type === 'date') return null;
                    const s = getComputedStyle(el);
                    const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
                    const lum = c => { const v = rgb(c).slice(0, 3).map(x => { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
                      return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
                    let p = el.parentElement, bg = 'rgb(255, 255, 255)';
                    while (p) { const c = getComputedStyle(p).backgroundColor; const a = rgb(c);
                      if (a.length === 3 || (a.length === 4 && a[3] > 0)) { bg = c; break; } p = p.parentElement; }
                    const l1 = lum(s.outlineColor), l2 = lum(bg);
                    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                    return {ratio: ratio, style: s.outlineStyle, what: el.tagName + '#' + el.id + ' ' + (el.textContent || '').trim().slice(0, 30)
                      + ' ring ' + s.outlineColor + ' on ' + bg};""");
            if (result instanceof Map<?, ?> r) {
                double ratio = ((Number) r.get("ratio")).doubleValue();
                if ("none".equals(r.get("style")) || ratio < 3.0) {
                    weak.add(r.get("what") + " " + String.format("%.2f", ratio) + ":1 " + r.get("style"));
                }
            }
        }
        return weak;
    }

    @Test
    void focusRingHasThreeToOneOnEveryBackground() {
        try (Browser b = new Browser(port)) {
            b.resize(1366, 900);
            b.login("rehab.vgr", "demo");
            b.open("/oversikt");
            assertThat(weakFocusRings(b, 45)).as("focus rings below 3:1 on the overview").isEmpty();
            b.open("/installningar");
            assertThat(weakFocusRings(b, 15)).as("focus rings below 3:1 on the settings").isEmpty();
        }
    }

    @Test
    void regionAdministratorHasOwnStartPageAndMenuWithoutPatientPages() {
        try (Browser b = new Browser(port)) {
            b.resize(1366, 900);
            b.login("admin.vgr", "demo");
            b.waitFor(d -> d.getCurrentUrl().endsWith("/region"));
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Västra Götalandsregionen");
            assertThat(b.find(By.id("region-figures")).getText()).contains("GC001-registreringar");
            assertThat(b.find(By.id("policy-state")).getText()).contains("erbjuder förebyggande koordinering");
            assertThat(b.find(By.id("link-integrations")).getAttribute("href")).endsWith("/region/integrationer");
            assertThat(b.find(By.id("region-units")).getText()).contains("Vårdcentralen Majorna").doesNotContain("Hälsocentralen Kalmar");
            String menu = b.find(By.id("main-menu")).getText();
            assertThat(menu).contains("Regionen", "Nyckeltal", "Policy", "Nationella tjänster", "Logguppföljning")
                    .doesNotContain("Sjukfall").doesNotContain("Koordinering").doesNotContain("Inställningar");
            assertThat(b.accessibilityViolations()).isEmpty();
            assertThat(weakFocusRings(b, 12)).as("focus rings on the region start page and the dark header").isEmpty();
            b.screenshot("admin-start");

            // No menu entry leads to a patient page.
            assertThat(b.findAll(By.cssSelector("#main-menu a")).stream().map(a -> a.getAttribute("href")).toList())
                    .isNotEmpty().noneMatch(h -> h.contains("/oversikt") || h.contains("/patient") || h.contains("/valj-enhet"));
            b.open("/koordinering/nyckeltal");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Regionens nyckeltal – Västra Götalandsregionen");
            assertThat(b.find(By.id("figures-table")).getText()).doesNotContainPattern("\\d+\\.0\\b");
            b.open("/region/policy");
            assertThat(b.find(By.tagName("h1")).getText()).isNotBlank();
            b.open("/region/integrationer");
            assertThat(b.find(By.tagName("h1")).getText()).isNotBlank();
            assertThat(b.accessibilityViolations()).isEmpty();

            // A patient page's address: a Swedish explanation, not an empty unit chooser or a Whitelabel page.
            b.open("/oversikt");
            assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Sidan visar patientuppgifter");
            assertThat(b.driver().getPageSource()).doesNotContain("Whitelabel").contains("Vård och behandling");
            assertThat(b.driver().getTitle()).endsWith("– Koordinera");
            assertThat(b.accessibilityViolations()).isEmpty();
            b.open("/valj-enhet");
            b.waitFor(d -> d.getCurrentUrl().endsWith("/region"));
            b.open("/patient/okand");
            assertThat(b.driver().getPageSource()).doesNotContain("Whitelabel");
            assertThat(b.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    void unitFiguresNameTheUnitAndProfessionsAreWords() {
        try (Browser b = new Browser(port)) {
            b.login("rehab.vgr", "demo");
            b.open("/koordinering/nyckeltal");
            String title = b.find(By.tagName("h1")).getText();
            assertThat(title).isEqualTo("Vårdenhetens nyckeltal – Vårdcentralen Majorna").doesNotContain("TSTNMT");
            assertThat(b.find(By.id("figures-table")).getText()).doesNotContainPattern("\\d+\\.0\\b");
            assertThat(b.accessibilityViolations()).isEmpty();
            b.open("/koordinering/personal");
            String staff = b.find(By.tagName("main")).getText();
            assertThat(staff).doesNotContain("lakare").doesNotContain("fysioterapeut").doesNotContain("LAKARE");
            assertThat(staff).contains("Läkare");
        }
    }
}
