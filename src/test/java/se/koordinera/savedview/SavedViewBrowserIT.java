package se.koordinera.savedview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.koordinera.support.Browser;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;

/** Issue 14 item 7: saved views on the overview and the worklist: save, apply, rename, delete; never a personnummer. */
@IntegrationTest
class SavedViewBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    @Test
    void saveApplyRenameDelete() {
        TestData.Unit unit = data.newUnit();
        TestData.User coordinator = data.coordinator(unit.unitId());
        try (Browser b = new Browser(port)) {
            b.login(coordinator.username(), TestData.PASSWORD);
            b.open("/oversikt?gender=F");
            b.find(By.id("save-view-name")).sendKeys("Tolvans sjukfall");
            b.submitAndWait(By.cssSelector("#save-view button[type=submit]"));
            assertThat(b.find(By.id("saved-view-message")).getText()).contains("Vyn ”Tolvans sjukfall” är sparad");
            assertThat(b.accessibilityViolations()).isEmpty();
            String saved = jdbc.sql("select query from saved_view where user_hsa_id = ? and name = 'Tolvans sjukfall'").param(coordinator.hsaId())
                    .query(String.class).single();
            assertThat(saved).contains("gender=F");

            // a search (here a personnummer) is kept for the session only, never in a view
            b.find(By.id("f-q")).sendKeys("19121212-1212");
            b.waitFor(d -> "19121212-1212".equals(b.find(By.id("f-q")).getAttribute("value")));
            b.find(By.id("save-view-name")).sendKeys("Med personnummer");
            b.submitAndWait(By.cssSelector("#save-view button[type=submit]"));
            assertThat(b.find(By.id("saved-view-message")).getText()).contains("Sökningen sparas inte i en vy");
            assertThat(jdbc.sql("select string_agg(query, '|') from saved_view where user_hsa_id = ?").param(coordinator.hsaId())
                    .query(String.class).single()).doesNotContain("1212");

            b.open("/oversikt");
            b.find(By.linkText("Tolvans sjukfall")).click();
            b.waitFor(d -> d.getCurrentUrl().contains("gender=F"));
            assertThat(b.find(By.id("f-gender")).getAttribute("value")).isEqualTo("F");

            long id = jdbc.sql("select id from saved_view where user_hsa_id = ? and name = 'Med personnummer'").param(coordinator.hsaId())
                    .query(Long.class).single();
            b.find(By.cssSelector("[data-view='" + id + "'] summary")).click();
            b.find(By.id("view-name-" + id)).clear();
            b.find(By.id("view-name-" + id)).sendKeys("Alla");
            b.submitAndWait(By.cssSelector("#rename-view-" + id + " button[type=submit]"));
            assertThat(b.find(By.id("saved-view-message")).getText()).contains("”Alla”");
            b.find(By.cssSelector("[data-view='" + id + "'] summary")).click();
            b.submitAndWait(By.cssSelector("#delete-view-" + id + " button[type=submit]"));
            assertThat(b.find(By.id("saved-view-message")).getText()).contains("borttagen");
            assertThat(b.findAll(By.cssSelector("[data-view='" + id + "']"))).isEmpty();

            b.open("/koordinering");
            b.find(By.id("save-view-name")).sendKeys("Min arbetslista");
            b.submitAndWait(By.cssSelector("#save-view button[type=submit]"));
            assertThat(b.find(By.id("saved-view-list")).getText()).contains("Min arbetslista");
            assertThat(b.accessibilityViolations()).isEmpty();
        }
        assertThat(data.count("select count(*) from saved_view where user_hsa_id = ?", coordinator.hsaId())).isEqualTo(2);
    }
}
