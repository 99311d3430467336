package se.koordinera.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.koordinera.support.ApiClient;
import se.koordinera.support.Browser;
import se.koordinera.support.CoordinatedPatient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import se.koordinera.web.PatientReferences;

/** Issue 14 item 7: "Rätta" on the journal page: refused without text (typed choice kept), then a new entry referring to the old one. */
@IntegrationTest
class JournalCorrectionBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ApiClient api;
    @Autowired
    TestData data;
    @Autowired
    PatientReferences references;

    @Test
    void aCorrectionIsANewEntryAndTheOriginalStays() throws Exception {
        CoordinatedPatient p = new CoordinatedPatient(data, api);
        long entries = data.count("select count(*) from journal_entry where patient_id = ?", p.patient.value());
        try (Browser b = new Browser(port)) {
            b.login(p.coordinator.username(), TestData.PASSWORD);
            b.open("/koordinering/patienter/" + references.of(p.patient.value()) + "/journal");
            Select entry = new Select(b.find(By.id("correction-entry")));
            String chosen = entry.getOptions().get(1).getAttribute("value");
            entry.selectByValue(chosen);
            b.find(By.cssSelector("#correction-form button[type=submit]")).click();
            assertThat(b.find(By.id("correction-text-error")).getText()).isEqualTo("Skriv den rättade texten");
            assertThat(new Select(b.find(By.id("correction-entry"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(chosen);
            assertThat(data.count("select count(*) from journal_entry where patient_id = ?", p.patient.value())).isEqualTo(entries);
            assertThat(b.accessibilityViolations()).isEmpty();

            b.find(By.id("correction-text")).sendKeys("Rättelse: samtalet gällde arbetstider");
            b.find(By.cssSelector("#correction-form button[type=submit]")).click();
            assertThat(b.find(By.id("message")).getText()).contains("Rättelsen är sparad").contains("finns kvar");
            assertThat(b.find(By.id("journal")).getText()).contains("Rättelse: samtalet gällde arbetstider").contains("rättar nr " + chosen);
            assertThat(data.count("select count(*) from journal_entry where patient_id = ?", p.patient.value())).isEqualTo(entries + 1);
            assertThat(data.count("select count(*) from journal_entry where corrects_id = ?", Long.parseLong(chosen))).isEqualTo(1);
            assertThat(b.accessibilityViolations()).isEmpty();
        }
    }
}
