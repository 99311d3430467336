package se.koordinera.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.koordinera.support.Browser;
import se.koordinera.support.IntegrationTest;

/**
 * R18 in the browser: the unit manager searches a patient, reads the unit's log extract with
 * Swedish action names and local times, prints it and downloads it as a PDF; taking it out is
 * itself logged, and the personnummer never appears in a URL.
 */
@IntegrationTest
class LogExtractBrowserIT {

    static final String VGR_UNIT = "TSTNMT2321000156-1002";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("R18: the unit manager takes out a patient's log extract in the browser, as a table and as a PDF, itself logged")
    void theUnitManagerTakesOutALogExtract() throws Exception {
        String patient = jdbc.sql("select patient_id from certificate where care_unit_id = ? order by patient_id limit 1").param(VGR_UNIT)
                .query(String.class).single().trim();
        // A colleague read the patient's sick leave: the row the manager should find.
        jdbc.sql("insert into access_log (user_hsa_id, user_name, assignment, unit_id, patient_id, function, action) "
                + "values ('TSTNMT2321000156-X001', 'Läsande Kollega', 'Vård och behandling', ?, ?, 'patientens sjukfall', 'READ')")
                .params(VGR_UNIT, patient).update();
        long before = jdbc.sql("select count(*) from access_log where patient_id = ? and function like 'loggutdrag%'").param(patient)
                .query(Long.class).single();
        try (Browser chef = new Browser(port)) {
            chef.login("chef.vgr", "demo");
            chef.find(By.linkText("Loggutdrag")).click();
            chef.waitFor(d -> d.getCurrentUrl().endsWith("/logg"));
            assertThat(chef.accessibilityViolations()).isEmpty();
            chef.find(By.id("patientId")).sendKeys("12345");
            chef.find(By.cssSelector("#extract-form button[type=submit]")).click();
            chef.waitFor(d -> !d.findElements(By.id("patientId-error")).isEmpty());
            assertThat(chef.find(By.id("patientId")).getAttribute("value")).isEqualTo("12345");
            assertThat(chef.find(By.id("patientId")).getAttribute("aria-describedby")).isEqualTo("patientId-error");

            chef.find(By.id("patientId")).clear();
            chef.find(By.id("patientId")).sendKeys(patient);
            chef.find(By.cssSelector("#extract-form button[type=submit]")).click();
            chef.waitFor(d -> !d.findElements(By.id("extract-table")).isEmpty());
            assertThat(chef.driver().getCurrentUrl()).doesNotContain(patient);
            String table = chef.find(By.id("extract-table")).getText();
            assertThat(table).contains("Läsande Kollega").contains("Läst").contains("patientens sjukfall")
                    .doesNotContain("READ").containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            assertThat(chef.accessibilityViolations()).isEmpty();
            chef.screenshot("log-extract");

            chef.find(By.cssSelector("#extract form[action$='/logg/pdf'] button")).click();
            Path pdf = chef.awaitDownload(".pdf");
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
                assertThat(new PDFTextStripper().getText(doc)).contains("Loggutdrag").contains("Läsande Kollega").contains("Läst");
            }
        }
        long after = jdbc.sql("select count(*) from access_log where patient_id = ? and function like 'loggutdrag%'").param(patient)
                .query(Long.class).single();
        assertThat(after - before).as("the extract read and its PDF are both logged").isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from access_log where patient_id = ? and function = 'loggutdrag, utskrift' and action = 'PRINT'")
                .param(patient).query(Long.class).single()).isEqualTo(1);
    }
}
