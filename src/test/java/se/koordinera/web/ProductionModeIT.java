package se.koordinera.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.RealHttp;
import se.koordinera.support.TestData;

/**
 * Issue 9 items 7 and 10 in a context of its own (its own embedded PostgreSQL, kept on disk so that
 * it can be stopped and started again): the production settings (operational endpoints behind the
 * login, Secure session cookie, X-Forwarded-* honoured), then a database outage and the recovery.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionModeIT {

    static final Path DATA_DIR = Path.of(System.getProperty("java.io.tmpdir"), "pg-outage-" + UUID.randomUUID());

    @DynamicPropertySource
    static void ownDatabaseAndProductionSettings(DynamicPropertyRegistry registry) {
        // A database this test can stop and start: always its own embedded PostgreSQL, also in the suite's second pass
        // against an external server (which this test must not stop).
        registry.add("spring.datasource.url", () -> "");
        registry.add("koordinera.database.embedded.data-dir", DATA_DIR::toString);
        registry.add("koordinera.database.embedded.clean", () -> "false");
        registry.add("koordinera.security.open-operational-endpoints", () -> "false");
        registry.add("server.servlet.session.cookie.secure", () -> "true");
        registry.add("server.forward-headers-strategy", () -> "framework");
    }

    @LocalServerPort int port;
    @Autowired EmbeddedPostgres postgres;
    @Autowired TestData data;

    @Test
    @Order(1)
    void apiDescriptionSwaggerUiAndMetricsNeedALoginWhileHealthStaysOpen() {
        RealHttp anonymous = new RealHttp(port);
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html", "/actuator/prometheus"}) {
            HttpResponse<String> r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        RealHttp signedIn = loggedIn(TestData.PASSWORD);
        assertThat(signedIn.get("/v3/api-docs", "Cookie", sessionCookie).statusCode()).isEqualTo(200);
        assertThat(signedIn.get("/actuator/prometheus", "Cookie", sessionCookie).statusCode()).isEqualTo(200);
    }

    String sessionCookie;

    /** Logs in through the form; the Secure session cookie is kept by hand, as the test talks plain http. */
    RealHttp loggedIn(String password) {
        TestData.Unit unit = data.newUnit();
        TestData.User user = data.coordinator(unit.unitId());
        RealHttp browser = new RealHttp(port);
        browser.get("/login");
        HttpResponse<String> login = browser.form("/login", Map.of("username", user.username(), "password", password));
        assertThat(login.statusCode()).isEqualTo(302);
        String setCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(setCookie).contains("Secure").contains("HttpOnly");
        sessionCookie = setCookie.substring(0, setCookie.indexOf(';'));
        apiUser = user;
        return browser;
    }

    TestData.User apiUser;

    @Test
    @Order(2)
    void behindATlsProxyTheForwardedProtocolAndHostAreHonoured() {
        HttpResponse<String> r = new RealHttp(port).get("/oversikt", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "koordinera.example.se",
                "X-Forwarded-For", "203.0.113.9");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).isEqualTo("https://koordinera.example.se/login");
    }

    @Test
    @Order(3)
    void withTheDatabaseStoppedEveryAnswerIs503WithinTwoSecondsReadinessIsDownAndItRecoversByItself() throws Exception {
        RealHttp browser = loggedIn(TestData.PASSWORD);
        String api = "/api/v1/units/" + apiUser.user().careUnits().get(0) + "/cases";
        assertThat(browser.get(api, "Authorization", RealHttp.basic(apiUser)).statusCode()).isEqualTo(200);
        assertThat(browser.get("/oversikt", "Cookie", sessionCookie).statusCode()).isEqualTo(200);
        int dbPort = postgres.getPort();

        postgres.close();
        EmbeddedPostgres restarted = null;
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = browser.get(api, "Authorization", RealHttp.basic(apiUser));
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(r.statusCode()).as("API with valid credentials: " + r.body()).isEqualTo(503);
                assertThat(ms).as("API answer time in ms").isLessThan(2000);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(r.body()).contains("Databasen kan inte nås");
            }
            long t0 = System.nanoTime();
            HttpResponse<String> page = browser.get("/oversikt", "Cookie", sessionCookie, "Accept", "text/html");
            assertThat((System.nanoTime() - t0) / 1_000_000).as("page answer time in ms").isLessThan(2000);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("<html lang=\"sv\"").contains("<title>").contains("Databasen kan inte nås");
            HttpResponse<String> login = new RealHttp(port).login503("/login");
            assertThat(login.statusCode()).as("form login while the database is down").isEqualTo(503);

            long deadline = System.nanoTime() + 5_000_000_000L;
            HttpResponse<String> readiness;
            do {
                readiness = browser.get("/actuator/health/readiness");
            } while (readiness.statusCode() != 503 && System.nanoTime() < deadline);
            assertThat(readiness.statusCode()).as("readiness DOWN within 5 s").isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");
            assertThat(browser.get("/actuator/health/liveness").statusCode()).as("the process itself lives").isEqualTo(200);

            restarted = EmbeddedPostgres.builder().setDataDirectory(DATA_DIR).setCleanDataDirectory(false).setPort(dbPort).start();

            deadline = System.nanoTime() + 30_000_000_000L;
            int status;
            do {
                status = browser.get(api, "Authorization", RealHttp.basic(apiUser)).statusCode();
                if (status != 200) {
                    Thread.sleep(200);
                }
            } while (status != 200 && System.nanoTime() < deadline);
            assertThat(status).as("the API recovers without a restart of the application").isEqualTo(200);
            assertThat(browser.get("/oversikt", "Cookie", sessionCookie).statusCode()).as("the session survived in PostgreSQL").isEqualTo(200);
            assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            if (restarted == null) {
                EmbeddedPostgres.builder().setDataDirectory(DATA_DIR).setCleanDataDirectory(false).setPort(dbPort).start();
            }
        }
    }
}
