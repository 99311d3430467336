package se.koordinera.plan;

import se.koordinera.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.koordinera.support.Browser;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan, agreement, meetings, follow-up and routine in the browser as the demo users.
 * The case is brought to "accepted" through the API; screenshots under target/screenshots.
 */
@IntegrationTest
class PlanBrowserIT {

    static final String UNIT = "TSTNMT2321000156-1002";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    final LocalDate today = TestClock.today();

    JsonNode api(String user, String method, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
        return r.body().isEmpty() ? null : json.readTree(r.body());
    }

    long acceptedCase() throws Exception {
        var patient = TestData.newPatientId();
        api("rehab.vgr", "POST", "/api/v1/certificates", List.of(TestData.certificate("c-" + TestData.unique(), patient, "Plan Patient",
                new TestData.Unit("TSTNMT2321000156-1000", UNIT), "TSTNMT-DOC1", "F43.8A",
                TestData.period(today.minusDays(20), today.plusDays(20), 100))), 200);
        String q = "?unit=" + UNIT;
        long id = api("rehab.vgr", "POST", "/api/v1/cases" + q, Map.of("patientId", patient.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
        api("lakare.vgr", "POST", "/api/v1/cases/" + id + "/assessment" + q, Map.of("relevant", true), 200);
        api("rehab.vgr", "POST", "/api/v1/cases/" + id + "/offer" + q, null, 200);
        for (String scope : List.of("COORDINATION", "CONTACT_EMPLOYER")) {
            api("rehab.vgr", "POST", "/api/v1/patients/" + patient.value() + "/consents" + q,
                    Map.of("scope", scope, "form", "ORAL", "given", today.toString()), 201);
        }
        return id;
    }

    static void date(Browser b, String id, LocalDate d) {
        // date inputs take the value through script in every locale
        ((JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, d.toString());
    }

    static void submit(Browser b, String formId) {
        WebElement form = b.find(By.id(formId));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        b.waitFor(d -> d.findElements(By.id("message")).size() + d.findElements(By.id("error")).size() > 0);
    }

    /** Issue 12 item 5: a refused plan comes back as typed, the message next to the field it is about. */
    @Test
    void aRefusedPlanKeepsWhatWasTypedAndShowsTheMessageNextToTheField() throws Exception {
        long id = acceptedCase();
        try (Browser rehab = new Browser(port)) {
            rehab.login("rehab.vgr", "demo");
            rehab.open("/koordinering/arenden/" + id + "/plan");
            rehab.find(By.id("goals")).sendKeys("Tillbaka till arbetet på lagret");
            assertThat(rehab.find(By.id("goals-counter")).getText()).isEqualTo("31 av 4000 tecken");
            assertThat(rehab.find(By.id("goals")).getAttribute("maxlength")).isEqualTo("4000");
            rehab.find(By.id("patientWords")).sendKeys("Jag vill orka en hel arbetsdag");
            new Select(rehab.find(By.id("step-degree-0"))).selectByValue("100");
            date(rehab, "step-from-0", today.minusDays(20));
            date(rehab, "step-to-0", today);
            new Select(rehab.find(By.id("step-degree-1"))).selectByValue("50");
            date(rehab, "step-from-1", today.plusDays(20));
            date(rehab, "step-to-1", today.plusDays(1)); // ends before it starts
            rehab.find(By.id("activity-text-0")).sendKeys("Ringa chefen om arbetstider");
            new Select(rehab.find(By.id("activity-actor-0"))).selectByValue("PATIENT");
            date(rehab, "activity-due-0", today.plusDays(3));
            rehab.find(By.id("need-EMPLOYER")).click();
            date(rehab, "follow-up-0", today.plusDays(14));
            submit(rehab, "plan-form");

            assertThat(rehab.find(By.id("error")).getText()).contains("Ange ett slutdatum som inte ligger före startdatumet")
                    .doesNotContain("steps").doesNotContain("(R");
            assertThat(rehab.findAll(By.id("current-plan"))).as("nothing saved").isEmpty();
            WebElement to = rehab.find(By.id("step-to-1"));
            assertThat(to.getAttribute("aria-describedby")).isEqualTo("step-to-1-error");
            assertThat(to.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(rehab.find(By.id("step-to-1-error")).getText()).isEqualTo("Ange ett slutdatum som inte ligger före startdatumet");
            assertThat(rehab.find(By.id("goals")).getAttribute("value")).isEqualTo("Tillbaka till arbetet på lagret");
            assertThat(rehab.find(By.id("goals-counter")).getText()).isEqualTo("31 av 4000 tecken");
            assertThat(rehab.find(By.id("patientWords")).getAttribute("value")).isEqualTo("Jag vill orka en hel arbetsdag");
            assertThat(new Select(rehab.find(By.id("step-degree-1"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("50");
            assertThat(rehab.find(By.id("step-from-1")).getAttribute("value")).isEqualTo(today.plusDays(20).toString());
            assertThat(to.getAttribute("value")).isEqualTo(today.plusDays(1).toString());
            assertThat(rehab.find(By.id("step-from-0")).getAttribute("value")).isEqualTo(today.minusDays(20).toString());
            assertThat(rehab.find(By.id("activity-text-0")).getAttribute("value")).isEqualTo("Ringa chefen om arbetstider");
            assertThat(rehab.find(By.id("need-EMPLOYER")).isSelected()).isTrue();
            assertThat(rehab.find(By.id("follow-up-0")).getAttribute("value")).isEqualTo(today.plusDays(14).toString());
            assertThat(rehab.accessibilityViolations()).isEmpty();
            rehab.screenshot("plan-07-refused-plan-keeps-values");

            // corrected, the same form saves
            date(rehab, "step-to-1", today.plusDays(30));
            rehab.find(By.cssSelector("#plan-form button[type=submit]")).click();
            rehab.waitFor(d -> !d.findElements(By.id("message")).isEmpty());
            assertThat(rehab.find(By.id("message")).getText()).contains("version 1");
            assertThat(rehab.findAll(By.cssSelector(".field-error"))).isEmpty();
        }
    }

    @Test
    void planAgreementMeetingFollowUpAndRoutine() throws Exception {
        long id = acceptedCase();
        try (Browser rehab = new Browser(port)) {
            rehab.login("rehab.vgr", "demo");
            rehab.open("/koordinering/arenden/" + id);
            rehab.find(By.id("plan-link")).click();
            rehab.waitFor(d -> d.getCurrentUrl().endsWith("/plan"));
            rehab.find(By.id("goals")).sendKeys("Tillbaka till arbetet på lagret");
            rehab.find(By.id("patientWords")).sendKeys("Jag vill orka en hel arbetsdag");
            new Select(rehab.find(By.id("step-degree-0"))).selectByValue("100");
            date(rehab, "step-from-0", today.minusDays(20));
            date(rehab, "step-to-0", today);
            new Select(rehab.find(By.id("step-degree-1"))).selectByValue("50");
            date(rehab, "step-from-1", today.plusDays(1));
            date(rehab, "step-to-1", today.plusDays(20));
            rehab.find(By.id("activity-text-0")).sendKeys("Ringa chefen om arbetstider");
            new Select(rehab.find(By.id("activity-actor-0"))).selectByValue("PATIENT");
            date(rehab, "activity-due-0", today.plusDays(3));
            rehab.find(By.id("need-EMPLOYER")).click();
            date(rehab, "follow-up-0", today.plusDays(14));
            submit(rehab, "plan-form");
            assertThat(rehab.find(By.id("message")).getText()).contains("version 1");
            assertThat(rehab.find(By.id("current-plan")).getAttribute("data-version")).isEqualTo("1");
            assertThat(rehab.findAll(By.cssSelector("#plan-timeline .bar.planned"))).hasSize(2);
            assertThat(rehab.findAll(By.cssSelector("#deviations tr.deviation"))).as("50 % planned, 100 % certified").hasSize(1);
            assertThat(rehab.accessibilityViolations()).isEmpty();
            rehab.screenshot("plan-01-plan-with-steps");

            rehab.open("/koordinering/arenden/" + id + "/moten");
            rehab.find(By.id("expectations")).sendKeys("Att komma tillbaka i maj");
            rehab.find(By.id("worries")).sendKeys("Att det blir för mycket för tidigt");
            rehab.find(By.id("agreed")).sendKeys("Vi trappar upp i steg och ses varannan vecka");
            date(rehab, "nextContact", today.plusDays(14));
            submit(rehab, "agreement-form");
            rehab.find(By.id("agreement-pdf")).click();
            Path pdf = rehab.awaitDownload(".pdf");
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Vår överenskommelse").contains("Vi trappar upp i steg")
                        .contains("Nästa gång vi hörs");
            }

            date(rehab, "meeting-date", today);
            ((JavascriptExecutor) rehab.driver()).executeScript("document.getElementById('meeting-time').value = '07:00'");
            rehab.find(By.id("meeting-afterwards")).click();
            rehab.find(By.id("meeting-location")).sendKeys("Vårdcentralen, rum 3");
            rehab.find(By.id("participant-EMPLOYER")).click();
            rehab.find(By.id("participant-name-EMPLOYER")).sendKeys("Chefen Chefsson");
            rehab.find(By.id("agenda")).sendKeys("Planen för återgång; arbetsanpassning");
            submit(rehab, "booking-form");
            assertThat(rehab.find(By.id("message")).getText()).contains("Mötet är bokat");
            rehab.find(By.cssSelector("a.ics")).click();
            Path ics = rehab.awaitDownload(".ics");
            String text = Files.readString(ics, StandardCharsets.UTF_8);
            Map<String, String> props = IcsParser.parse(text);
            assertThat(props.get("SUMMARY")).startsWith("Avstämningsmöte");
            assertThat(IcsParser.unescape(props.get("LOCATION"))).isEqualTo("Vårdcentralen, rum 3");
            assertThat(IcsParser.unescape(props.get("DESCRIPTION"))).contains("arbetsanpassning").contains("Chefen Chefsson");
            rehab.find(By.cssSelector(".minutes-form textarea")).sendKeys("Arbetsgivaren erbjuder anpassade uppgifter");
            rehab.find(By.cssSelector(".minutes-form button[type=submit]")).click();
            rehab.waitFor(d -> d.findElements(By.id("message")).size() > 0);
            assertThat(rehab.find(By.cssSelector(".meeting .minutes")).getText()).contains("KVÅ GC001");
            assertThat(rehab.accessibilityViolations()).isEmpty();
            rehab.screenshot("plan-02-agreement-and-meeting");

            // time passes: the planned follow-up was yesterday
            jdbc.sql("insert into care_plan_version (case_id, version, goals, follow_up_dates, next_follow_up, created_by, created_by_name) "
                    + "values (?, 2, 'Tillbaka till arbetet', '[]'::jsonb, ?, 'x', 'Test')").params(id, today.minusDays(1)).update();
            rehab.open("/koordinering");
            assertThat(rehab.find(By.id("follow-up-reminder")).getText()).contains("försenade");
            rehab.find(By.linkText("Uppföljning")).click();
            rehab.waitFor(d -> d.getCurrentUrl().endsWith("/koordinering/uppfoljning"));
            assertThat(rehab.find(By.cssSelector("#follow-ups tr[data-case='" + id + "']")).getAttribute("data-status")).isEqualTo("OVERDUE");
            assertThat(rehab.accessibilityViolations()).isEmpty();
            rehab.screenshot("plan-03-overdue-follow-up");

            rehab.open("/koordinering/rutin");
            rehab.find(By.id("routine-text")).clear();
            rehab.find(By.id("routine-text")).sendKeys("Läkaren bedömer behovet; koordinatorn erbjuder koordinering inom två veckor.");
            submit(rehab, "routine-form");
            assertThat(rehab.findAll(By.cssSelector("form.approve"))).as("no approve button for a coordinator").isEmpty();
            String version = rehab.find(By.cssSelector("#routine-versions tbody tr")).getAttribute("data-version");
            // the coordinator tries anyway: refused
            ((JavascriptExecutor) rehab.driver()).executeScript("""
                    const f = document.createElement('form'); f.method = 'post'; f.action = '/koordinering/rutin/' + arguments[0] + '/faststall';
                    const t = document.querySelector('#routine-form input[name=_csrf]').cloneNode(); f.appendChild(t);
                    document.body.appendChild(f); f.submit();""", version);
            rehab.waitFor(d -> d.getCurrentUrl().endsWith("/faststall"));
            assertThat(rehab.find(By.cssSelector("main")).getText()).contains("Verksamhetschef");
            rehab.screenshot("plan-04-routine-refused-for-coordinator");
        }
        try (Browser chef = new Browser(port)) {
            chef.login("chef.vgr", "demo");
            chef.open("/koordinering/rutin");
            chef.find(By.cssSelector("form.approve button")).click();
            chef.waitFor(d -> d.findElements(By.id("message")).size() > 0);
            assertThat(chef.find(By.id("approved-routine")).getText()).contains("koordinatorn erbjuder");
            assertThat(chef.accessibilityViolations()).isEmpty();
            chef.screenshot("plan-05-routine-approved-by-manager");
            chef.open("/koordinering/nyckeltal");
            chef.find(By.id("figures-table"));
            assertThat(chef.accessibilityViolations()).isEmpty();
            chef.screenshot("plan-06-figures");
        }
    }
}
