package se.koordinera.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Issue 14 items 4-6 in headless Chromium: a task due today is created on the case page (after a
 * refusal that keeps what was typed), seen on "Mina uppgifter" and marked done; the case waits for
 * the employer; the responsible person is reassigned; the manager's page. axe-core on every page.
 */
@IntegrationTest
class TaskBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiClient api;
    @Autowired
    TestData data;

    final LocalDate today = TestClock.today();

    static void submit(Browser b, String formId) {
        org.openqa.selenium.WebElement form = b.find(By.id(formId));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        // the page before the post may carry a message too: wait for the new page first
        b.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
        b.waitFor(d -> d.findElements(By.id("message")).size() + d.findElements(By.id("error")).size() > 0);
    }

    @Test
    void taskDueTodayOnMyTasksThenDoneWaitingForAndReassignment() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User colleague = data.coordinator(unit.unitId());
        TestData.User manager = data.manager(unit.unitId());
        Personnummer patient = TestData.newPatientId();
        api.call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), patient, "Tolvan Uppgift",
                unit, "TSTNMT-DOC", "F43.8A", TestData.period(today.minusDays(20), today.plusDays(20), 100))), 200);
        String q = "?unit=" + unit.unitId();
        long caseId = api.call(coordinator, post("/api/v1/cases" + q), Map.of("patientId", patient.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
        api.call(coordinator, put("/api/v1/cases/" + caseId + "/responsible" + q), Map.of("hsaId", coordinator.hsaId()), 200);

        try (Browser b = new Browser(port)) {
            b.login(coordinator.username(), TestData.PASSWORD);
            b.open("/koordinering/arenden/" + caseId);
            // refused: no title; the reason and the date typed come back
            new Select(b.find(By.id("task-reason"))).selectByValue("EMPLOYER");
            submit(b, "task-form");
            assertThat(b.find(By.id("task-title-error")).getText()).isEqualTo("Skriv vad som ska göras");
            assertThat(b.find(By.id("error")).getText()).doesNotContain("title").doesNotContain("EMPLOYER");
            assertThat(b.find(By.id("task-title")).getAttribute("aria-describedby")).isEqualTo("task-title-error");
            assertThat(new Select(b.find(By.id("task-reason"))).getFirstSelectedOption().getText()).isEqualTo("Arbetsgivaren");
            assertThat(b.find(By.id("task-due")).getAttribute("value")).isEqualTo(today.toString());
            assertThat(b.findAll(By.id("case-tasks"))).isEmpty();
            assertThat(b.accessibilityViolations()).isEmpty();

            b.find(By.id("task-title")).sendKeys("Ring arbetsgivaren om anpassning");
            submit(b, "task-form");
            assertThat(b.find(By.id("message")).getText()).contains("Ring arbetsgivaren om anpassning");
            assertThat(b.find(By.id("case-tasks")).getText()).contains("Ring arbetsgivaren om anpassning").contains("Arbetsgivaren");

            // Mina uppgifter through the menu
            b.find(By.id("menu-my-tasks")).click();
            b.waitFor(d -> d.getTitle().startsWith("Mina uppgifter"));
            assertThat(b.find(By.id("my-tasks")).getText()).contains("Ring arbetsgivaren om anpassning").contains(today.toString())
                    .contains("Tolvan Uppgift").contains("Öppen");
            assertThat(b.accessibilityViolations()).isEmpty();
            b.resize(1366, 900);
            b.screenshot("tasks-01-my-tasks");
            b.find(By.cssSelector("#my-tasks button[type=submit]")).click();
            assertThat(b.find(By.id("message")).getText()).contains("är klar");
            assertThat(b.find(By.id("my-tasks-none")).isDisplayed()).isTrue();
            assertThat(b.find(By.id("unit-tasks")).getText()).contains("Klar").contains(coordinator.user().name());
            assertThat(b.accessibilityViolations()).isEmpty();

            // waiting for the employer
            b.open("/koordinering/arenden/" + caseId);
            new Select(b.find(By.id("waiting-choice"))).selectByValue("EMPLOYER");
            submit(b, "waiting-form");
            assertThat(b.find(By.id("waiting-check-date-error")).getText()).isEqualTo("Ange när ni ska kontrollera igen");
            assertThat(new Select(b.find(By.id("waiting-choice"))).getFirstSelectedOption().getText()).isEqualTo("Arbetsgivaren");
            ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('waiting-check-date').value = arguments[0]",
                    today.plusDays(3).toString());
            b.find(By.id("waiting-note")).sendKeys("Väntar på besked om anpassade arbetsuppgifter");
            submit(b, "waiting-form");
            assertThat(b.find(By.id("waiting-for")).getText()).isEqualTo("Arbetsgivaren");
            assertThat(b.find(By.id("waiting-check")).getText()).isEqualTo(today.plusDays(3).toString());

            // reassignment, history kept
            new Select(b.find(By.id("responsible-person"))).selectByValue(colleague.hsaId());
            submit(b, "responsible-form");
            assertThat(b.find(By.id("responsible")).getText()).isEqualTo(colleague.user().name());
            assertThat(b.find(By.id("responsible-history")).findElements(By.cssSelector("tbody tr"))).hasSize(2);
            assertThat(b.find(By.id("responsible-history")).getText()).contains(coordinator.user().name()).contains("(nu)");
            assertThat(b.accessibilityViolations()).isEmpty();
            b.screenshot("tasks-02-case-page");

            // the worklist shows what the case waits for
            b.open("/koordinering");
            assertThat(b.find(By.id("waiting-cases")).getText()).contains("Arbetsgivaren").contains(today.plusDays(3).toString());
            assertThat(b.find(By.id("my-cases-none")).isDisplayed()).isTrue();
            assertThat(b.accessibilityViolations()).isEmpty();
        }
        try (Browser b = new Browser(port)) {
            b.login(colleague.username(), TestData.PASSWORD);
            b.open("/koordinering");
            assertThat(b.find(By.id("my-cases")).getText()).contains("Tolvan Uppgift").contains("Arbetsgivaren");
        }
        try (Browser b = new Browser(port)) {
            b.login(manager.username(), TestData.PASSWORD);
            b.open("/koordinering/uppgifter");
            b.find(By.id("workload-link")).click();
            b.waitFor(d -> d.getTitle().startsWith("Ansvar per koordinator"));
            assertThat(b.find(By.cssSelector("#workload tr[data-hsa='" + colleague.hsaId() + "'] .open-cases")).getText()).isEqualTo("1");
            assertThat(b.accessibilityViolations()).isEmpty();
        }
    }
}
