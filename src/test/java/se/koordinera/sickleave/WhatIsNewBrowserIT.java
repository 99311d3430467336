package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.ApiClient;
import se.koordinera.support.Browser;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;

/** Mark a unit reviewed, import a new certificate through the import API, see it as new (badge and list) in Chromium. */
@IntegrationTest
class WhatIsNewBrowserIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired ApiClient api;
    @Autowired Clock clock;

    @Test
    void aCertificateImportedAfterTheReviewIsNew() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User coordinator = data.coordinator(unit.unitId());
        LocalDate today = LocalDate.now(clock);
        try (Browser browser = new Browser(port)) {
            browser.login(coordinator.username(), TestData.PASSWORD);
            browser.open("/oversikt/nytt");
            browser.find(By.cssSelector("#mark-reviewed button")).click();
            browser.waitFor(d -> !d.findElements(By.id("message")).isEmpty());
            assertThat(browser.findAll(By.id("new-badge"))).isEmpty();
            assertThat(browser.find(By.id("nothing-new")).getText()).contains("Inget nytt");

            Personnummer patient = TestData.newPatientId();
            api.call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("new-" + TestData.unique(), patient,
                    "Nora Ny", unit, "DOC-N", "M54.5", TestData.period(today, today.plusDays(13), 100))), 200);

            browser.open("/oversikt/nytt");
            assertThat(browser.find(By.id("new-badge")).getText()).isEqualTo("1");
            assertThat(browser.find(By.cssSelector("#news tbody tr")).getAttribute("data-patient")).isEqualTo(patient.value());
            assertThat(browser.find(By.cssSelector("#news li[data-kind=NEW_SICK_LEAVE]")).getText()).contains("Nytt sjukfall");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("whats-new");
        }
    }
}
