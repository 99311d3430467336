package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;
import static se.koordinera.support.TestData.period;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.koordinera.KoordineraApplication;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.RealHttp;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Never stale (issue 13): the unit's cases are cached per node, keyed by PostgreSQL's version
 * stamps. Instance A is the shared test application; instance B is a second application on the same
 * database with its own cache. Each test first reads on B (so B holds a cached value under the old
 * stamps), writes through A (or plain SQL, as another writer would), and the next read on B must show
 * the write: over HTTP for the list API and the overview page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SickLeaveCacheFreshnessIT {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired DataSource dataSource;
    @LocalServerPort int portA;

    ConfigurableApplicationContext instanceB;
    RealHttp a;
    RealHttp b;
    TestData.Unit unit;
    TestData.User coordinator;
    TestData.User doctor;
    final LocalDate today = TestClock.today();

    @BeforeAll
    void startSecondInstance() throws java.sql.SQLException {
        String url;
        String user;
        try (java.sql.Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            user = c.getMetaData().getUserName();
        }
        instanceB = new SpringApplicationBuilder(KoordineraApplication.class, TestSupportBeans.class)
                .profiles("demo", "test")
                .run("--server.port=0", "--koordinera.demo.seed=false",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--KOORDINERA_FEED_INTERVAL=0", "--KOORDINERA_LOGGTJANST_INTERVAL=0", "--logging.level.se.koordinera=WARN");
        // Both instances agree on "today" (TestSupportBeans gives B the test clock).
        assertThat(instanceB.getBean(java.time.Clock.class).instant()).isEqualTo(TestClock.CLOCK.instant());
    }

    @AfterAll
    void stopSecondInstance() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    @BeforeEach
    void setUp() {
        unit = data.newUnit();
        coordinator = data.coordinator(unit.unitId());
        doctor = data.doctor(unit.unitId());
        a = new RealHttp(portA);
        b = new RealHttp(instanceB.getEnvironment().getProperty("local.server.port", Integer.class));
    }

    @Test
    @DisplayName("An import through instance A shows in the next list API read and overview page on instance B")
    void importOnOneInstanceShowsOnTheOther() {
        Personnummer first = TestData.newPatientId();
        importOnA(cert(first, "Första Patient", doctor.hsaId(), null));
        assertThat(patientIds(listOnB(coordinator))).containsExactly(first.value());
        UnitCasesCache cacheB = instanceB.getBean(UnitCasesCache.class);
        long hits = cacheB.stats().hitCount();
        assertThat(patientIds(listOnB(coordinator))).containsExactly(first.value());
        assertThat(cacheB.stats().hitCount()).as("an unchanged unit is served from B's cache").isGreaterThan(hits);
        RealHttp page = b.login(coordinator.username(), TestData.PASSWORD);
        assertThat(page.get("/oversikt").body()).contains("Första Patient").doesNotContain("Andra Patient");

        Personnummer second = TestData.newPatientId();
        importOnA(cert(second, "Andra Patient", doctor.hsaId(), null));

        assertThat(patientIds(listOnB(coordinator))).containsExactlyInAnyOrder(first.value(), second.value());
        assertThat(page.get("/oversikt").body()).contains("Första Patient").contains("Andra Patient");
        // The PDL log stays per request, also for answers from the cache: each list read logs every listed patient.
        assertThat(data.count("select count(*) from access_log where unit_id = ? and patient_id = ? and action = 'READ'",
                unit.unitId(), first.value())).isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("Protected identity: a protection set through instance A hides the patient on instance B's next read, except for the certificate's doctor")
    void protectedIdentityChangeShowsOnTheNextRead() {
        Personnummer patient = TestData.newPatientId();
        importOnA(cert(patient, "Skyddad Patient", doctor.hsaId(), null));
        assertThat(patientIds(listOnB(coordinator))).containsExactly(patient.value());
        assertThat(names(listOnB(doctor))).containsExactly("Skyddad Patient");

        importOnA(cert(patient, "Skyddad Patient", doctor.hsaId(), true));

        assertThat(patientIds(listOnB(coordinator))).isEmpty();
        assertThat(names(listOnB(doctor))).containsExactly(SickLeaveService.PROTECTED_NAME);
        RealHttp page = b.login(coordinator.username(), TestData.PASSWORD);
        assertThat(page.get("/oversikt").body()).doesNotContain("Skyddad Patient").doesNotContain(patient.value());
    }

    @Test
    @DisplayName("The filtered and sorted list and the page's statistics are cached per visible list: a doctor's protected patient never reaches another user, an import shows at once")
    void derivedValuesFollowVisibilityAndImports() {
        Personnummer open = TestData.newPatientId();
        Personnummer hidden = TestData.newPatientId();
        importOnA(cert(open, "Öppen Patient", doctor.hsaId(), null));
        importOnA(cert(hidden, "Skyddad Patient", doctor.hsaId(), true));
        TestData.User otherDoctor = data.doctor(unit.unitId());
        UnitCasesCache cacheB = instanceB.getBean(UnitCasesCache.class);

        assertThat(patientIds(listOnB(coordinator))).containsExactly(open.value());
        long hits = cacheB.derivedStats().hitCount();
        assertThat(patientIds(listOnB(coordinator))).containsExactly(open.value());
        assertThat(cacheB.derivedStats().hitCount()).as("the same list and query are served from the cache").isGreaterThan(hits);
        // The certificate's doctor sees the protected patient (a list of its own), nobody else does, in any order of reads.
        assertThat(patientIds(listOnB(doctor))).containsExactlyInAnyOrder(open.value(), hidden.value());
        assertThat(listOnB(doctor).get("total").asInt()).isEqualTo(2);
        assertThat(patientIds(listOnB(otherDoctor))).containsExactly(open.value());
        assertThat(patientIds(listOnB(coordinator))).containsExactly(open.value());
        assertThat(listOnB(coordinator).get("total").asInt()).isEqualTo(1);

        Personnummer later = TestData.newPatientId();
        importOnA(cert(later, "Senare Patient", doctor.hsaId(), null));
        assertThat(patientIds(listOnB(coordinator))).containsExactlyInAnyOrder(open.value(), later.value());
        assertThat(patientIds(listOnB(doctor))).containsExactlyInAnyOrder(open.value(), hidden.value(), later.value());
        RealHttp page = b.login(coordinator.username(), TestData.PASSWORD);
        assertThat(page.get("/oversikt").body()).contains("Öppen Patient").contains("Senare Patient").doesNotContain("Skyddad Patient")
                .doesNotContain(SickLeaveService.PROTECTED_NAME);

        // The menu badge "Nytt" (nothing reviewed yet: every case is new) counts the protected patient for its doctor only.
        int coordinatorBadge = badge(page.get("/oversikt").body());
        assertThat(coordinatorBadge).isGreaterThanOrEqualTo(2);
        assertThat(badge(b.login(doctor.username(), TestData.PASSWORD).get("/oversikt").body())).isEqualTo(coordinatorBadge + 1);
        assertThat(badge(b.login(otherDoctor.username(), TestData.PASSWORD).get("/oversikt").body())).isEqualTo(coordinatorBadge);
    }

    private static int badge(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"new-badge\"[^>]*>(\\d+)<").matcher(html);
        assertThat(m.find()).as("the menu badge").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    @DisplayName("A coordination case opened and closed through instance A shows in instance B's coordination column on the next read")
    void coordinationCaseChangeShowsOnTheNextRead() {
        Personnummer patient = TestData.newPatientId();
        importOnA(cert(patient, "Ärende Patient", doctor.hsaId(), null));
        assertThat(listOnB(coordinator).get("items").get(0).get("coordination").isNull()).isTrue();

        HttpResponse<String> opened = a.send("POST", "/api/v1/cases?unit=" + unit.unitId(), "application/json",
                json.writeValueAsString(Map.of("patientId", patient.value(), "reason", "SICK_LEAVE")), "Authorization", RealHttp.basic(coordinator));
        assertThat(opened.statusCode()).isEqualTo(201);
        long caseId = json.readTree(opened.body()).get("id").asLong();
        assertThat(listOnB(coordinator).get("items").get(0).get("coordination").asString()).isEqualTo("IDENTIFIED");

        HttpResponse<String> assessed = a.send("POST", "/api/v1/cases/" + caseId + "/assessment?unit=" + unit.unitId(), "application/json",
                json.writeValueAsString(Map.of("relevant", true)), "Authorization", RealHttp.basic(doctor));
        assertThat(assessed.statusCode()).isEqualTo(200);
        assertThat(listOnB(coordinator).get("items").get(0).get("coordination").asString()).isEqualTo("ASSESSED_RELEVANT");
    }

    @Test
    @DisplayName("A write by any other writer (plain SQL, as the feed or another node would commit it) shows on the next read")
    void anyWriterInvalidates() {
        Personnummer patient = TestData.newPatientId();
        importOnA(cert(patient, "Gammalt Namn", doctor.hsaId(), null));
        assertThat(names(listOnB(coordinator))).containsExactly("Gammalt Namn");

        jdbc.sql("update patient set name = 'Nytt Namn' where care_provider_id = ? and id = ?").params(unit.regionId(), patient.value()).update();
        assertThat(names(listOnB(coordinator))).containsExactly("Nytt Namn");

        jdbc.sql("update certificate set period_degree = array_fill(25::smallint, array[cardinality(period_degree)]) "
                + "where care_provider_id = ? and care_unit_id = ?").params(unit.regionId(), unit.unitId()).update();
        assertThat(listOnB(coordinator).get("items").get(0).get("degree").asInt()).isEqualTo(25);

        jdbc.sql("delete from certificate where care_unit_id = ?").param(unit.unitId()).update();
        assertThat(patientIds(listOnB(coordinator))).isEmpty();
    }

    private Map<String, Object> cert(Personnummer patient, String name, String doctorId, Boolean protectedIdentity) {
        Map<String, Object> c = new HashMap<>(TestData.certificate("fresh-" + TestData.unique(), patient, name, unit, doctorId, "F43.8A",
                period(today.minusDays(10), today.plusDays(20), 50)));
        Map<String, Object> p = new HashMap<>(Map.of("id", patient.value(), "name", name));
        if (protectedIdentity != null) {
            p.put("protectedIdentity", protectedIdentity);
        }
        c.put("patient", p);
        return c;
    }

    private void importOnA(Map<String, Object> certificate) {
        HttpResponse<String> r = a.send("POST", "/api/v1/certificates", "application/json", json.writeValueAsString(List.of(certificate)),
                "Authorization", RealHttp.basic(coordinator));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private JsonNode listOnB(TestData.User user) {
        HttpResponse<String> r = b.get("/api/v1/units/" + unit.unitId() + "/sick-leaves", "Authorization", RealHttp.basic(user), "Accept",
                "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static List<String> patientIds(JsonNode list) {
        return list.get("items").valueStream().map(i -> i.get("patient").get("id").asString()).toList();
    }

    private static List<String> names(JsonNode list) {
        return list.get("items").valueStream().map(i -> i.get("patient").get("name").asString()).toList();
    }

    /** The test sources' helper components (found by the scan on this class path) need a MockMvc; B uses A's fixed clock. */
    static class TestSupportBeans {
        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        java.time.Clock sharedTestClock() {
            return TestClock.CLOCK;
        }

        @org.springframework.context.annotation.Bean
        org.springframework.test.web.servlet.MockMvc mockMvc(org.springframework.web.context.WebApplicationContext context) {
            return org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context).build();
        }
    }
}
