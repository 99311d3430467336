package se.koordinera.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import se.koordinera.support.ApiClient;
import se.koordinera.support.Browser;
import se.koordinera.support.CoordinatedPatient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 item 7: a booked meeting is moved and then cancelled in Chromium; the invitation keeps
 * its UID with a higher SEQUENCE, a cancellation is METHOD:CANCEL and STATUS:CANCELLED; a journal
 * entry for each; bad input changes nothing.
 */
@IntegrationTest
class MeetingChangeBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiClient api;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;

    String ics(CoordinatedPatient p, long meetingId) throws Exception {
        return mvc.perform(get("/api/v1/meetings/" + meetingId + "/invitation.ics" + p.q())
                .with(httpBasic(p.coordinator.username(), TestData.PASSWORD))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String counts(CoordinatedPatient p) {
        return data.count("meeting_change") + "," + data.count("select count(*) from journal_entry where patient_id = ?",
                p.patient.value());
    }

    @Test
    void moveThenCancelAMeeting() throws Exception {
        CoordinatedPatient p = new CoordinatedPatient(data, api);
        long id = api.call(p.coordinator, post("/api/v1/cases/" + p.caseId + "/meetings" + p.q()), Map.of("kind", "OTHER_CONTACT", "date", p.today.plusDays(7).toString(),
                "time", "09:00", "durationMinutes", 45, "location", "Vårdcentralen", "agenda", "Planen",
                "participants", List.of(Map.of("actor", "PATIENT"))), 201).get("id").asLong();
        Map<String, String> booked = IcsParser.parse(ics(p, id));
        assertThat(booked.get("SEQUENCE")).isEqualTo("0");

        String before = counts(p);
        JsonNode bad = api.call(p.coordinator, post("/api/v1/meetings/" + id + "/move" + p.q()), Map.of("time", "10:00"), 400);
        assertThat(bad.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("date", "durationMinutes");
        api.call(p.coordinator, post("/api/v1/meetings/" + id + "/move" + p.q()),
                Map.of("date", p.today.minusDays(1).toString(), "time", "10:00", "durationMinutes", 30), 400);
        api.call(p.coordinator, post("/api/v1/meetings/" + p.meetingId + "/cancellation" + p.q()), Map.of(), 409); // has minutes
        assertThat(counts(p)).isEqualTo(before);

        try (Browser b = new Browser(port)) {
            b.login(p.coordinator.username(), TestData.PASSWORD);
            b.open("/koordinering/arenden/" + p.caseId + "/moten");
            b.find(By.cssSelector("[data-change='" + id + "'] summary")).click();
            ((JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                    "move-date-" + id, p.today.plusDays(8).toString());
            ((JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1]", "move-time-" + id, "13:30");
            b.find(By.id("move-reason-" + id)).sendKeys("Arbetsgivaren kan inte");
            b.submitAndWait(By.cssSelector("#move-" + id + " button[type=submit]"));
            assertThat(b.find(By.id("message")).getText()).contains("flyttat");
            assertThat(b.find(By.cssSelector("[data-meeting='" + id + "'] h3")).getText()).contains(p.today.plusDays(8) + " 13:30");
            assertThat(b.accessibilityViolations()).isEmpty();

            Map<String, String> moved = IcsParser.parse(ics(p, id));
            assertThat(moved.get("UID")).isEqualTo(booked.get("UID"));
            assertThat(moved.get("SEQUENCE")).isEqualTo("1");
            assertThat(moved.get("STATUS")).isEqualTo("CONFIRMED");
            assertThat(moved.get("DTSTART")).isNotEqualTo(booked.get("DTSTART"));

            b.find(By.cssSelector("[data-change='" + id + "'] summary")).click();
            b.find(By.id("cancel-reason-" + id)).sendKeys("Patienten är sjuk");
            b.submitAndWait(By.cssSelector("#cancel-" + id + " button[type=submit]"));
            assertThat(b.find(By.id("message")).getText()).contains("inställt");
            assertThat(b.find(By.id("meeting-cancelled-" + id)).isDisplayed()).isTrue();
            assertThat(b.accessibilityViolations()).isEmpty();
        }
        String cancelledIcs = ics(p, id);
        Map<String, String> cancelled = IcsParser.parse(cancelledIcs);
        assertThat(cancelledIcs).contains("METHOD:CANCEL\r\n");
        assertThat(cancelled.get("STATUS")).isEqualTo("CANCELLED");
        assertThat(cancelled.get("SEQUENCE")).isEqualTo("2");
        assertThat(cancelled.get("UID")).isEqualTo(booked.get("UID"));
        assertThat(data.count("select count(*) from journal_entry where patient_id = ? and type = 'MEETING_CHANGE'", p.patient.value())).isEqualTo(2);
        api.call(p.coordinator, post("/api/v1/meetings/" + id + "/move" + p.q()),
                Map.of("date", p.today.plusDays(9).toString(), "time", "10:00", "durationMinutes", 30), 409);
    }
}
