package se.koordinera.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.koordinera.support.Browser;
import se.koordinera.support.IntegrationTest;

@IntegrationTest
class LoginBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void loginPageIsAccessibleAndWrongPasswordIsExplainedInSwedish() {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("login");
            browser.find(By.id("username")).sendKeys("rehab.vgr");
            browser.find(By.id("password")).sendKeys("fel");
            browser.find(By.cssSelector("button[type=submit]")).click();
            assertThat(browser.find(By.cssSelector(".alert.error")).getText()).contains("Fel användarnamn eller lösenord");
        }
    }

    @Test
    void doctorWithTwoUnitsChoosesUnitThenSeesOverview() {
        try (Browser browser = new Browser(port)) {
            browser.login("lakare.vgr", "demo");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/valj-enhet");
            assertThat(browser.accessibilityViolations()).isEmpty();
            browser.screenshot("choose-unit");
            browser.find(By.cssSelector("main button[type=submit]")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/oversikt"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Pågående sjukfall");
        }
    }
}
