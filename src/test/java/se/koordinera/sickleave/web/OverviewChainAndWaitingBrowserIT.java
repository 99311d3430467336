package se.koordinera.sickleave.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.ApiClient;
import se.koordinera.support.Browser;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;

/**
 * The rest of issues 12 and 14 in headless Chromium at 1 366 px, axe-core on every page state: the
 * chain column and the "Passerar en gräns inom (dagar)" filter on the overview, what a case waits for
 * in the coordination column, the patient page's cases and its "Registrera ärende" confirmation, the
 * follow-up list's horizon, and the staff, routine and region policy pages.
 */
@IntegrationTest
class OverviewChainAndWaitingBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiClient api;
    @Autowired
    TestData data;

    final LocalDate today = TestClock.today();

    static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver()).executeScript(script);
    }

    static String row(Browser b, String name) {
        return b.findAll(By.cssSelector("#cases tbody tr")).stream().map(r -> r.getText()).filter(t -> t.contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
    }

    @Test
    void chainColumnAndFilterWaitingForPatientCasesFollowUpHorizonAndStaffPages() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User manager = data.manager(unit.unitId());
        Personnummer nearLimit = TestData.newPatientId();
        Personnummer early = TestData.newPatientId();
        LocalDate start = today.minusDays(83); // day 84 today, day 90 in six days
        api.call(coordinator, post("/api/v1/certificates"), List.of(
                TestData.certificate("c-" + TestData.unique(), nearLimit, "Tolvan Kedja", unit, "TSTNMT-DOC", "F43.8A",
                        TestData.period(start, today.plusDays(20), 100)),
                TestData.certificate("c-" + TestData.unique(), early, "Nils Tidig", unit, "TSTNMT-DOC", "M54.5",
                        TestData.period(today.minusDays(10), today.plusDays(20), 50))), 200);
        String q = "?unit=" + unit.unitId();
        long caseId = api.call(coordinator, post("/api/v1/cases" + q), Map.of("patientId", nearLimit.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
        LocalDate check = today.plusDays(5);
        api.call(coordinator, put("/api/v1/cases/" + caseId + "/waiting" + q),
                Map.of("waitingFor", "EMPLOYER", "note", "Svar om anpassning", "checkDate", check.toString()), 200);

        try (Browser b = new Browser(port)) {
            b.resize(1366, 900);
            b.login(coordinator.username(), TestData.PASSWORD);
            b.open("/oversikt?rensa=1");
            // What the case waits for, in the coordination column of its row; the other row has none.
            assertThat(b.find(By.cssSelector("#cases .waiting")).getText()).isEqualTo("Väntar på arbetsgivaren till " + check);
            assertThat(b.findAll(By.cssSelector("#cases .waiting"))).hasSize(1);
            assertThat(row(b, "Nils Tidig")).doesNotContain("Väntar på");
            assertThat(b.findAll(By.cssSelector("#cases th[data-col=chain]"))).as("the chain is not in the compact default set").isEmpty();
            assertThat(b.accessibilityViolations()).isEmpty();

            // The chain column, chosen under "Anpassa kolumner".
            b.find(By.cssSelector("#kolumner summary")).click();
            b.find(By.id("col-chain")).click();
            b.find(By.id("save-columns")).click();
            b.waitFor(d -> !d.findElements(By.cssSelector("#cases th[data-col=chain]")).isEmpty());
            assertThat(b.find(By.cssSelector("#cases th[data-col=chain]")).getText()).startsWith("Dag i kedjan");
            assertThat(row(b, "Tolvan Kedja")).contains("Dag 84 · 90 den " + start.plusDays(89));
            assertThat(row(b, "Nils Tidig")).contains("Dag 11 · 90 den " + today.minusDays(10).plusDays(89));
            System.out.println("Overview with the chain column at 1366 px, table overflow px: "
                    + js(b, "const w = document.querySelector('.table-wrap'); return w.scrollWidth - w.clientWidth;"));
            assertThat(b.accessibilityViolations()).isEmpty();
            b.screenshot("overview-chain-waiting");

            // The filter: a limit within 10 days keeps only the case at day 84.
            assertThat(b.find(By.cssSelector("label[for=f-milestoneWithinDays]")).getText()).isEqualTo("Passerar en gräns inom (dagar)");
            b.find(By.id("f-milestoneWithinDays")).sendKeys("10");
            b.find(By.id("f-milestoneWithinDays")).sendKeys(Keys.TAB);
            b.waitFor(d -> d.getCurrentUrl().contains("milestoneWithinDays=10"));
            b.waitFor(d -> d.findElements(By.cssSelector("#cases tbody tr")).size() == 1);
            assertThat(row(b, "Tolvan Kedja")).contains("Dag 84");
            assertThat(b.accessibilityViolations()).isEmpty();

            // A value out of range: the message next to the field, the typed value kept, the list without the filter.
            b.open("/oversikt?milestoneWithinDays=999");
            assertThat(b.find(By.id("err-milestoneWithinDays")).getText()).isEqualTo("Passerar en gräns inom (dagar) ska vara mellan 0 och 365.");
            assertThat(b.find(By.id("f-milestoneWithinDays")).getAttribute("value")).isEqualTo("999");
            assertThat(b.find(By.id("f-milestoneWithinDays")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(b.find(By.id("f-milestoneWithinDays")).getAttribute("aria-describedby")).contains("err-milestoneWithinDays");
            assertThat(b.findAll(By.cssSelector("#cases tbody tr"))).hasSize(2);
            assertThat(b.accessibilityViolations()).isEmpty();

            // The patient page: the patient's cases, and "Registrera ärende" leads to the confirmation page.
            b.open("/oversikt?rensa=1");
            b.findAll(By.cssSelector("#cases a.patient-link")).stream().filter(a -> a.getText().contains("Tolvan Kedja")).findFirst()
                    .orElseThrow().click();
            b.waitFor(d -> !d.findElements(By.id("patient-coordination")).isEmpty());
            assertThat(b.find(By.id("patient-cases")).getText()).contains("Ärende " + caseId);
            assertThat(b.find(By.cssSelector("#patient-cases a")).getAttribute("href")).endsWith("/koordinering/arenden/" + caseId);
            assertThat(b.accessibilityViolations()).isEmpty();
            b.open("/oversikt");
            b.findAll(By.cssSelector("#cases a.patient-link")).stream().filter(a -> a.getText().contains("Nils Tidig")).findFirst()
                    .orElseThrow().click();
            b.waitFor(d -> !d.findElements(By.id("patient-coordination")).isEmpty());
            assertThat(b.find(By.id("patient-coordination")).getText()).contains("Inga koordineringsärenden på vårdenheten");
            b.find(By.id("register-case")).click();
            b.waitFor(d -> d.getTitle().startsWith("Registrera koordineringsärende"));
            assertThat(b.find(By.id("register-patient")).getText()).contains(early.value().substring(0, 8));
            assertThat(b.accessibilityViolations()).isEmpty();
            b.find(By.cssSelector("#register button[type=submit]")).click();
            b.waitFor(d -> d.getCurrentUrl().matches(".*/koordinering/arenden/\\d+$"));
            assertThat(b.driver().getPageSource()).contains("Nils Tidig");

            // The follow-up list's horizon selector.
            b.open("/koordinering/uppfoljning");
            assertThat(b.find(By.cssSelector("label[for=horizon]")).getText()).isEqualTo("Visa uppföljningar inom");
            assertThat(b.accessibilityViolations()).isEmpty();
            Select horizon = new Select(b.find(By.id("horizon")));
            String last = horizon.getOptions().get(horizon.getOptions().size() - 1).getAttribute("value");
            horizon.selectByValue(last);
            b.find(By.cssSelector("#horizon-form button[type=submit]")).click();
            b.waitFor(d -> d.getCurrentUrl().contains("dagar=" + last));
            assertThat(new Select(b.find(By.id("horizon"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(last);
            assertThat(b.driver().getPageSource()).contains("inom " + last + " dagar");
            assertThat(b.accessibilityViolations()).isEmpty();

            // The worklist: "Mina ärenden" filters the open cases, and a link leads to the closed cases.
            b.open("/koordinering");
            assertThat(b.find(By.id("open-cases")).getText()).contains("Tolvan Kedja").contains("Nils Tidig");
            b.find(By.id("mine")).click();
            b.find(By.cssSelector("#mine-form button[type=submit]")).click();
            b.waitFor(d -> d.getCurrentUrl().contains("mina=1"));
            assertThat(b.find(By.id("cases-heading")).getText()).isEqualTo("Mina öppna ärenden");
            assertThat(b.find(By.id("mine")).isSelected()).isTrue();
            assertThat(b.findAll(By.id("open-cases")).stream().map(t -> t.getText()).findFirst().orElse(""))
                    .as("the coordinator is responsible for no case here").doesNotContain("Tolvan Kedja");
            assertThat(b.accessibilityViolations()).isEmpty();
            b.find(By.id("closed-cases-link")).click();
            b.waitFor(d -> d.getCurrentUrl().endsWith("/koordinering/arenden/avslutade"));
            assertThat(b.find(By.tagName("h1")).getText()).isNotBlank();
            assertThat(b.accessibilityViolations()).isEmpty();
        }
        try (Browser b = new Browser(port)) {
            b.resize(1366, 900);
            b.login(manager.username(), TestData.PASSWORD);
            for (String page : List.of("/koordinering/personal", "/koordinering/rutin")) {
                b.open(page);
                assertThat(b.find(By.tagName("h1")).getText()).as(page).isNotBlank();
                assertThat(b.driver().getPageSource()).as(page).doesNotContain("Whitelabel");
                assertThat(b.accessibilityViolations()).as(page).isEmpty();
            }
        }
        try (Browser b = new Browser(port)) {
            b.resize(1366, 900);
            b.login("admin.vgr", "demo");
            b.open("/region/policy");
            assertThat(b.find(By.tagName("h1")).getText()).isNotBlank();
            assertThat(b.findAll(By.id("policy-form"))).isNotEmpty();
            assertThat(b.accessibilityViolations()).isEmpty();
        }
    }
}
