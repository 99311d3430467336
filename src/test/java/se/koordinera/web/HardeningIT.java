package se.koordinera.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.koordinera.support.TestData.period;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.koordinera.access.LocalUserDetails;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.RealHttp;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 9 items 6, 8, 10 and 11: hostile or careless input gets 4xx in Swedish, nothing is stored, no session for anonymous calls. */
@IntegrationTest
class HardeningIT {

    static final String[] TABLES = {"patient", "certificate", "coordination_case", "coordination_case_event", "consent",
            "consent_withdrawal", "journal_entry", "fk_notification", "user_setting", "spring_session"};

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ApiClient api;
    @Autowired JsonMapper json;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired org.springframework.security.web.FilterChainProxy filters;

    TestData.Unit unit;
    TestData.User coordinator;
    TestData.User doctor;
    Personnummer patient;
    LocalDate today = TestClock.today();

    @BeforeEach
    void setUp() throws Exception {
        // No signed-in user left over from another test's request in this thread.
        org.springframework.security.test.context.TestSecurityContextHolder.clearContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        // MockMvc's csrf() of other tests swaps the shared CsrfFilter's repository for a session-held one; the real one back.
        for (var chain : filters.getFilterChains()) {
            for (var filter : chain.getFilters()) {
                if (filter instanceof org.springframework.security.web.csrf.CsrfFilter) {
                    org.springframework.test.util.ReflectionTestUtils.setField(filter, "tokenRepository",
                            new org.springframework.security.web.csrf.CookieCsrfTokenRepository());
                }
            }
        }
        unit = data.newUnit(true);
        coordinator = data.coordinator(unit.unitId());
        doctor = data.doctor(unit.unitId());
        patient = TestData.newPatientId();
        api.call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), patient,
                "Patient Test", unit, "TSTNMT-DOC1", "F43.8A", period(today.minusDays(40), today.plusDays(10), 100))), 200);
    }

    String q() {
        return "?unit=" + unit.unitId();
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : TABLES) {
            counts.put(t, data.count(t));
        }
        return counts;
    }

    static RequestPostProcessor as(TestData.User user) {
        var principal = new LocalUserDetails(user.username(), "", user.user());
        return authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    MvcResult send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long acceptedCase() throws Exception {
        long id = api.call(coordinator, post("/api/v1/cases" + q()), Map.of("patientId", patient.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
        api.call(doctor, post("/api/v1/cases/" + id + "/assessment" + q()), Map.of("relevant", true, "note", "Behov av stöd"), 200);
        api.call(coordinator, post("/api/v1/cases/" + id + "/offer" + q()), null, 200);
        return id;
    }

    long consent(String scope, LocalDate given) throws Exception {
        return api.call(coordinator, post("/api/v1/patients/" + patient.value() + "/consents" + q()),
                Map.of("scope", scope, "form", "ORAL", "given", given.toString()), 201).get("id").asLong();
    }

    // --- item 6 ---------------------------------------------------------------------------------

    @Test
    void aNulCharacterInAnyJsonStringIs400NamingTheFieldAndNothingIsStored() throws Exception {
        Map<String, Long> before = counts();
        String cert = json.writeValueAsString(List.of(TestData.certificate("c-" + TestData.unique(), TestData.newPatientId(),
                "Nils\u0000Nul", unit, "TSTNMT-DOC1", "F43.8A", period(today.minusDays(3), today, 50))));
        RealHttp http = new RealHttp(port);
        var result = http.send("POST", "/api/v1/certificates", "application/json", cert, "Authorization", RealHttp.basic(coordinator));
        assertThat(result.statusCode()).as(result.body()).isEqualTo(400);
        assertThat(result.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json.readTree(result.body());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("[0].patient.name");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("otillåtet tecken");
        var caseResult = http.send("POST", "/api/v1/cases" + q(), "application/json",
                "{\"patientId\":\"" + patient.value() + "\",\"reason\":\"SICK_LEAVE\",\"note\":\"a\\u0000b\"}",
                "Authorization", RealHttp.basic(coordinator));
        assertThat(caseResult.statusCode()).isEqualTo(400);
        assertThat(json.readTree(caseResult.body()).get("errors").get(0).get("field").asText()).isEqualTo("note");
        // An escaped backslash followed by u0000 is ordinary text, not a NUL.
        assertThat(RequestHygieneFilter.containsNul("{\"a\":\"x\\\\u0000\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aNulCharacterInAFormFieldIs400WithTheSwedishErrorPage() throws Exception {
        Map<String, Long> before = counts();
        RealHttp browser = new RealHttp(port).login(coordinator.username(), TestData.PASSWORD);
        long sessions = data.count("spring_session");
        var result = browser.form("/installningar", Map.of("maxGapDays", "5", "endedWithinDays", "0", "defaultUnitId", "x\u0000y"));
        assertThat(result.statusCode()).isEqualTo(400);
        assertThat(result.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(result.body()).contains("lang=\"sv\"").contains("<title>").contains("otillåtet tecken");
        before.put("spring_session", sessions);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void datesWithAFiveDigitYearOrYearZeroOrAPeriodOverMillenniaAre400() throws Exception {
        Map<String, Long> before = counts();
        for (String[] p : new String[][] {{"+10000-01-01", "+10000-01-05"}, {"10000-01-01", "10000-01-05"}, {"0000-01-01", "0000-01-05"},
                {"-0001-01-01", "0001-01-01"}, {"0001-01-01", "9999-12-31"}}) {
            Map<String, Object> cert = new LinkedHashMap<>(TestData.certificate("c-" + TestData.unique(), TestData.newPatientId(), "Datum Test",
                    unit, "TSTNMT-DOC1", "F43.8A", period(today, today, 50)));
            cert.put("periods", List.of(Map.of("from", p[0], "to", p[1], "degree", 50)));
            MvcResult result = send(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(List.of(cert))));
            assertThat(result.getResponse().getStatus()).as(Arrays.toString(p) + body(result)).isEqualTo(400);
        }
        long id = acceptedCase();
        Map<String, Long> afterCase = counts();
        for (String date : new String[] {"10000-01-01", "+10000-01-01", "0000-01-01", "1899-12-31", "2201-01-01"}) {
            Map<String, Object> meeting = Map.of("kind", "AVSTAMNINGSMOTE", "date", date, "time", "10:00", "durationMinutes", 60,
                    "agenda", "Avstämning", "participants", List.of(Map.of("actor", "PATIENT")));
            MvcResult result = send(post("/api/v1/cases/" + id + "/meetings" + q()).with(httpBasic(coordinator.username(), TestData.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(meeting)));
            assertThat(result.getResponse().getStatus()).as(date + body(result)).isEqualTo(400);
            MvcResult consent = send(post("/api/v1/patients/" + patient.value() + "/consents" + q())
                    .with(httpBasic(coordinator.username(), TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(Map.of("scope", "COORDINATION", "form", "ORAL", "given", date))));
            assertThat(consent.getResponse().getStatus()).as(date + body(consent)).isEqualTo(400);
        }
        assertThat(counts()).isEqualTo(afterCase);
        assertThat(before.get("certificate")).isEqualTo(afterCase.get("certificate"));
    }

    @Test
    void aCertificateWithMorePeriodsThanTheLimitIs400InSwedish() throws Exception {
        Map<String, Long> before = counts();
        for (int n : new int[] {11, 40_000}) {
            List<Map<String, Object>> periods = new ArrayList<>();
            LocalDate from = LocalDate.of(2000, 1, 1);
            for (int i = 0; i < n; i++) {
                periods.add(Map.of("from", from.plusDays(2L * i).toString(), "to", from.plusDays(2L * i).toString(), "degree", 50));
            }
            Map<String, Object> cert = new LinkedHashMap<>(TestData.certificate("c-" + TestData.unique(), TestData.newPatientId(),
                    "Många Perioder", unit, "TSTNMT-DOC1", "F43.8A", period(today, today, 50)));
            cert.put("periods", periods);
            MvcResult result = send(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(List.of(cert))));
            assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(400);
            assertThat(body(result)).contains("högst 10 perioder");
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aWildcardContentTypeIs415AndMultipartWithoutBoundaryIs400AsProblemDetails() throws Exception {
        Map<String, Long> before = counts();
        RealHttp http = new RealHttp(port);
        var wildcard = http.send("POST", "/api/v1/cases" + q(), "*/*", "{\"patientId\":\"" + patient.value() + "\",\"reason\":\"SICK_LEAVE\"}",
                "Authorization", RealHttp.basic(coordinator));
        assertThat(wildcard.statusCode()).isEqualTo(415);
        assertThat(wildcard.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var multipart = http.send("POST", "/api/v1/certificates", "multipart/form-data", "--x\r\n\r\n--x--",
                "Authorization", RealHttp.basic(coordinator));
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(400);
        assertThat(multipart.headers().firstValue("Content-Type").orElse("")).as(multipart.body()).startsWith("application/problem+json");
        assertThat(json.readTree(multipart.body()).get("title").asText()).isEqualTo("Felaktig begäran");
        RealHttp browser = new RealHttp(port).login(coordinator.username(), TestData.PASSWORD);
        before.put("spring_session", data.count("spring_session"));
        var page = browser.send("POST", "/installningar", "multipart/form-data", "--x--", "Accept", "text/html",
                "X-XSRF-TOKEN", browser.csrfToken());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("lang=\"sv\"").doesNotContain("Whitelabel");
        MvcResult text = send(post("/api/v1/cases" + q()).with(httpBasic(coordinator.username(), TestData.PASSWORD))
                .contentType(MediaType.TEXT_PLAIN).content("hej"));
        assertThat(text.getResponse().getStatus()).isEqualTo(415);
        assertThat(body(text)).doesNotContain("text/plain' is not supported").contains("stöds inte");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void crLfInTheBackParameterOfTheColumnFormNeverReachesTheLocationHeader() throws Exception {
        for (String back : new String[] {"?a=1\r\nSet-Cookie: x=y", "?a=1%0d%0aX: y", "//evil.example/", "?x=1#\r\n"}) {
            MvcResult result = send(post("/oversikt/kolumner").with(as(coordinator)).with(csrf()).param("back", back));
            assertThat(result.getResponse().getStatus()).as(back).isEqualTo(302);
            String location = result.getResponse().getHeader("Location");
            assertThat(location).as(back).startsWith("/oversikt").doesNotContain("\r").doesNotContain("\n").doesNotContain("evil");
        }
        MvcResult fine = send(post("/oversikt/kolumner").with(as(coordinator)).with(csrf()).param("back", "?length=LONG&sort=start"));
        assertThat(fine.getResponse().getHeader("Location")).isEqualTo("/oversikt?length=LONG&sort=start#kolumner");
    }

    @Test
    void fullwidthDigitsAreNoId() throws Exception {
        long id = acceptedCase();
        String fullwidth = id == 1 ? "１" : new StringBuilder().appendCodePoint(0xFF10 + (int) (id % 10)).toString();
        MvcResult api = send(get("/api/v1/cases/" + fullwidth + q()).with(httpBasic(coordinator.username(), TestData.PASSWORD)));
        assertThat(api.getResponse().getStatus()).isIn(400, 404);
        String digits = String.valueOf(id).chars().mapToObj(c -> new StringBuilder().appendCodePoint(0xFF10 + (c - '0')).toString())
                .reduce("", String::concat);
        MvcResult exact = send(get("/api/v1/cases/" + digits + q()).with(httpBasic(coordinator.username(), TestData.PASSWORD)));
        assertThat(exact.getResponse().getStatus()).as(body(exact)).isEqualTo(400);
        assertThat(body(exact)).doesNotContain("java.");
        var page = new RealHttp(port).login(coordinator.username(), TestData.PASSWORD)
                .get("/koordinering/arenden/" + java.net.URLEncoder.encode(digits, StandardCharsets.UTF_8), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("lang=\"sv\"").contains("0-9");
    }

    @Test
    @DisplayName("R13: a withdrawal cannot be dated before interventions documented under the consent")
    void aWithdrawalBeforeDocumentedInterventionsIsRefused() throws Exception {
        long id = acceptedCase();
        long consentId = consent("COORDINATION", today.minusDays(20));
        api.call(coordinator, post("/api/v1/cases/" + id + "/interventions" + q()),
                Map.of("type", "PERSONAL_SUPPORT", "date", today.minusDays(5).toString(), "note", "Samtal om återgång"), 201);
        Map<String, Long> before = counts();
        JsonNode refused = api.call(coordinator, post("/api/v1/consents/" + consentId + "/withdrawal" + q()),
                Map.of("withdrawn", today.minusDays(10).toString()), 409);
        assertThat(refused.get("detail").asText()).contains(today.minusDays(5).toString()).contains("koordineringsinsatser");
        assertThat(counts()).isEqualTo(before);
        api.call(coordinator, post("/api/v1/consents/" + consentId + "/withdrawal" + q()), Map.of("withdrawn", today.minusDays(5).toString()), 201);
        // Nothing documented under a consent: any date from the day it was given.
        long fk = consent("INFORM_FK", today.minusDays(20));
        api.call(coordinator, post("/api/v1/consents/" + fk + "/withdrawal" + q()), Map.of("withdrawn", today.minusDays(19).toString()), 201);
    }

    // --- item 8 ---------------------------------------------------------------------------------

    @Test
    void anonymousAndStatelessApiRequestsCreateNoSession() throws Exception {
        long before = data.count("spring_session");
        {
            RealHttp anonymous = new RealHttp(port);
            List<String> grew = new ArrayList<>();
            long n = data.count("spring_session");
            for (String path : new String[] {"/login", "/finns-inte", "/login?fel", "/api/v1/cases/1" + q()}) {
                anonymous.get(path);
                if (data.count("spring_session") != n) {
                    grew.add(path);
                    n = data.count("spring_session");
                }
            }
            for (String path : new String[] {"/api/v1/units/" + unit.unitId() + "/cases", "/api/v1/finns-inte", "/api/v1/cases/abc" + q()}) {
                anonymous.get(path, "Authorization", RealHttp.basic(coordinator));
                if (data.count("spring_session") != n) {
                    grew.add(path);
                    n = data.count("spring_session");
                }
            }
            anonymous.form("/login", Map.of("username", coordinator.username(), "password", "fel"));
            if (data.count("spring_session") != n) {
                grew.add("failed login");
            }
            assertThat(grew).as("requests that created a session").isEmpty();
        }
        for (int i = 0; i < 10; i++) {
            RealHttp anonymous = new RealHttp(port);
            assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/finns-inte-" + i).statusCode()).isEqualTo(302);
            assertThat(anonymous.get("/login?fel").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/api/v1/cases/1" + q()).statusCode()).isEqualTo(401);
            assertThat(anonymous.get("/api/v1/units/" + unit.unitId() + "/cases", "Authorization", RealHttp.basic(coordinator)).statusCode())
                    .isEqualTo(200);
            assertThat(anonymous.get("/api/v1/finns-inte", "Authorization", RealHttp.basic(coordinator)).statusCode()).isEqualTo(404);
            assertThat(anonymous.get("/api/v1/cases/abc" + q(), "Authorization", RealHttp.basic(coordinator)).statusCode()).isEqualTo(400);
            assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
            assertThat(anonymous.form("/login", Map.of("username", coordinator.username(), "password", "fel")).headers()
                    .firstValue("Location").orElse("")).endsWith("/login?fel");
        }
        assertThat(data.count("spring_session")).isEqualTo(before);
    }

    @Test
    void theLoginFormWorksWithItsCsrfTokenInACookie() throws Exception {
        RealHttp browser = new RealHttp(port);
        browser.get("/login");
        assertThat(browser.csrfToken()).isNotBlank();
        assertThat(browser.hasCookie("XSRF-TOKEN")).as("the login form's CSRF token is kept in a cookie").isTrue();
        long before = data.count("spring_session");
        var login = browser.form("/login", Map.of("username", coordinator.username(), "password", TestData.PASSWORD));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(data.count("spring_session")).as("a session from the login on").isEqualTo(before + 1);
        assertThat(browser.get("/oversikt").statusCode()).isEqualTo(200);
        var forged = new RealHttp(port).send("POST", "/login", "application/x-www-form-urlencoded",
                "username=" + coordinator.username() + "&password=" + TestData.PASSWORD);
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    // --- item 10 --------------------------------------------------------------------------------

    @Test
    void pagesAndApiAnswersCarryAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        for (MvcResult r : List.of(send(get("/login")), send(get("/oversikt").with(as(coordinator))),
                send(get("/api/v1/units/" + unit.unitId() + "/cases").with(httpBasic(coordinator.username(), TestData.PASSWORD))))) {
            assertThat(r.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(r.getResponse().getHeader("Referrer-Policy")).isNotBlank();
        }
    }

    @Test
    void tenFailedBasicLoginsBlockTheUserEvenWithTheRightPassword() throws Exception {
        TestData.User victim = data.coordinator(unit.unitId());
        for (int i = 0; i < 10; i++) {
            String ip = "10.9." + (i / 200) + "." + (i % 200 + 1);
            assertThat(send(get("/api/v1/units/" + unit.unitId() + "/cases").with(httpBasic(victim.username(), "fel" + i)).with(from(ip)))
                    .getResponse().getStatus()).isEqualTo(401);
        }
        MvcResult blocked = send(get("/api/v1/units/" + unit.unitId() + "/cases").with(httpBasic(victim.username(), TestData.PASSWORD))
                .with(from("10.9.9.9")));
        assertThat(blocked.getResponse().getStatus()).isEqualTo(429);
        assertThat(blocked.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(json.readTree(body(blocked)).get("detail").asText()).contains("För många misslyckade inloggningar");
        // The form login of the same user is blocked too: the count is per user name, in the database.
        MvcResult form = send(login(victim.username(), TestData.PASSWORD));
        assertThat(form.getResponse().getRedirectedUrl()).isEqualTo("/login?sparrad");
        assertThat(send(get("/login?sparrad")).getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("För många misslyckade");
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder passwords;

    @Test
    void aPasswordAcceptedWithoutBcryptAgainStillFailsWhenWrongAndStopsWorkingWhenChanged() throws Exception {
        TestData.User user = data.coordinator(unit.unitId());
        String url = "/api/v1/units/" + unit.unitId() + "/cases";
        assertThat(send(get(url).with(httpBasic(user.username(), TestData.PASSWORD))).getResponse().getStatus()).isEqualTo(200);
        assertThat(send(get(url).with(httpBasic(user.username(), TestData.PASSWORD))).getResponse().getStatus()).isEqualTo(200);
        // After a verified call, a wrong password is still refused ...
        assertThat(send(get(url).with(httpBasic(user.username(), TestData.PASSWORD + "x"))).getResponse().getStatus()).isEqualTo(401);
        assertThat(send(get(url).with(httpBasic(user.username(), TestData.PASSWORD))).getResponse().getStatus()).isEqualTo(200);
        // ... and a changed password (a new stored hash) ends the old one at once, not after the cache's time to live.
        jdbc.sql("update app_user set password_hash = :hash where username = :username")
                .param("hash", passwords.encode("nytt-lösen")).param("username", user.username()).update();
        assertThat(send(get(url).with(httpBasic(user.username(), TestData.PASSWORD))).getResponse().getStatus()).isEqualTo(401);
        assertThat(send(get(url).with(httpBasic(user.username(), "nytt-lösen"))).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void failedFormLoginsFromOneAddressAreThrottledAcrossUserNames() throws Exception {
        String ip = "10.8." + (System.nanoTime() % 200) + ".7";
        for (int i = 0; i < 50; i++) {
            send(login("okand." + TestData.unique(), "fel").with(from(ip)));
        }
        MvcResult blocked = send(login(coordinator.username(), TestData.PASSWORD).with(from(ip)));
        assertThat(blocked.getResponse().getRedirectedUrl()).isEqualTo("/login?sparrad");
        MvcResult elsewhere = send(login(coordinator.username(), TestData.PASSWORD).with(from("10.7.7.7")));
        assertThat(elsewhere.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void anUnknownUserNameTakesAsLongAsAWrongPasswordOfAKnownOne() throws Exception {
        List<TestData.User> known = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            known.add(data.coordinator(unit.unitId()));
        }
        long[] knownNanos = new long[12];
        long[] unknownNanos = new long[12];
        for (int round = 0; round < 2; round++) { // the first round warms up
            for (int i = 0; i < 12; i++) {
                long t0 = System.nanoTime();
                send(get("/api/v1/units/" + unit.unitId() + "/cases").with(httpBasic(known.get(i).username(), "fel" + round))
                        .with(from("10.6." + round + "." + (i + 1))));
                knownNanos[i] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                send(get("/api/v1/units/" + unit.unitId() + "/cases").with(httpBasic("okand." + TestData.unique(), "fel"))
                        .with(from("10.6." + round + "." + (i + 100))));
                unknownNanos[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(knownNanos);
        Arrays.sort(unknownNanos);
        double ratio = (double) unknownNanos[6] / knownNanos[6];
        assertThat(ratio).as("median unknown / median known").isBetween(0.33, 3.0);
    }

    static MockHttpServletRequestBuilder login(String username, String password) {
        return post("/login").with(csrf()).param("username", username).param("password", password);
    }

    static RequestPostProcessor from(String ip) {
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    @Autowired PatientReferences references;

    @Test
    void pageUrlsCarryAnOpaqueReferenceNotThePersonnummer() throws Exception {
        RealHttp browser = new RealHttp(port).login(coordinator.username(), TestData.PASSWORD);
        String overview = browser.get("/oversikt").body();
        assertThat(overview).contains("/patient/" + references.of(patient.value())).doesNotContainPattern("href=\"[^\"]*\\d{10}");
        assertThat(browser.get("/patient/" + references.of(patient.value())).statusCode()).isEqualTo(200);
        assertThat(browser.get("/patient/" + references.of(patient.value())).body()).doesNotContainPattern("href=\"[^\"]*\\d{10}");
        // The personnummer itself, or a made-up reference, is an unknown page, as an unknown patient is.
        assertThat(browser.get("/patient/" + patient.value()).statusCode()).isEqualTo(404);
        assertThat(browser.get("/patient/AAAAAAAAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
        assertThat(browser.get("/koordinering/patienter/" + patient.value() + "/journal").statusCode()).isEqualTo(404);
        long id = acceptedCase();
        String casePage = browser.get("/koordinering/arenden/" + id).body();
        assertThat(casePage).contains("/koordinering/patienter/" + references.of(patient.value()) + "/journal")
                .doesNotContainPattern("href=\"[^\"]*\\d{10}");
        assertThat(browser.get("/koordinering/patienter/" + references.of(patient.value()) + "/journal").statusCode()).isEqualTo(200);
    }

    // --- item 11 --------------------------------------------------------------------------------

    @Test
    void everyBrowserErrorIsTheSwedishErrorPageWithLangAndTitle() throws Exception {
        Map<String, Integer> pages = new LinkedHashMap<>();
        pages.put("/finns-inte", 404);
        pages.put("/koordinering/arenden/abc", 400);
        pages.put("/koordinering/arenden/99999999999999999999", 400);
        pages.put("/patient/123", 404);
        pages.put("/koordinering/arenden/-1x", 400);
        RealHttp browser = new RealHttp(port).login(coordinator.username(), TestData.PASSWORD);
        for (var e : pages.entrySet()) {
            var r = browser.get(e.getKey(), "Accept", "text/html");
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(e.getValue());
            assertSwedishPage(r.body());
        }
        var notAllowed = browser.send("DELETE", "/oversikt", null, null, "Accept", "text/html", "X-XSRF-TOKEN", browser.csrfToken());
        assertThat(notAllowed.statusCode()).isEqualTo(405);
        assertSwedishPage(notAllowed.body());
    }

    static void assertSwedishPage(String html) {
        assertThat(html).contains("<html lang=\"sv\"").containsPattern("<title>[^<]+ – Koordinera</title>")
                .doesNotContain("Whitelabel").doesNotContain("java.").doesNotContain("Exception");
    }

    @Test
    void apiErrorBodiesNeverNameJavaClasses() throws Exception {
        long id = acceptedCase();
        List<MvcResult> results = new ArrayList<>();
        results.add(send(post("/api/v1/cases/" + id + "/interventions" + q()).with(httpBasic(coordinator.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\":[1,2],\"date\":{\"a\":1},\"note\":7}")));
        results.add(send(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("[{\"periods\":[{\"degree\":\"x\"}]}]")));
        results.add(send(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"id\":1}")));
        results.add(send(get("/api/v1/cases/abc" + q()).with(httpBasic(coordinator.username(), TestData.PASSWORD))));
        results.add(send(delete("/api/v1/cases/" + id + q()).with(httpBasic(coordinator.username(), TestData.PASSWORD))));
        for (MvcResult r : results) {
            assertThat(r.getResponse().getStatus()).as(body(r)).isBetween(400, 499);
            assertThat(body(r)).as(r.getRequest().getRequestURI()).doesNotContain("java.").doesNotContain("tools.jackson")
                    .doesNotContain("se.koordinera").doesNotContain("Exception").doesNotContain("is not supported");
        }
    }
}
