package se.koordinera.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static se.koordinera.support.TestData.period;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.koordinera.access.LocalUserDetails;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9's fuzz test: a seeded generator sends hostile requests (NUL, control characters, huge
 * texts, fullwidth and other scripts' digits, impossible and extreme dates, wrong JSON types,
 * unknown fields, broken JSON, odd content types) to every write endpoint and every query
 * parameter of /api/v1 and to the browser forms. No answer may be 5xx, and after every refused
 * (4xx) request every table is as it was (row count of every table, and a checksum of the tables
 * that are updated in place). The seed is in the method name: a failure is reproduced by it.
 */
@IntegrationTest
class HostileInputFuzzIT {

    static final long SEED = 20261202L;
    static final int REQUESTS = 2_000;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ApiClient api;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired PatientReferences references;

    final Random random = new Random(SEED);
    final LocalDate today = TestClock.today();

    @Test
    void seed20261202_2000HostileRequestsGiveNo5xxAndRefusedOnesChangeNoTable() throws Exception {
        TestData.Unit unit = data.newUnit(true);
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User doctor = data.doctor(unit.unitId());
        TestData.User manager = data.manager(unit.unitId());
        Personnummer patient = TestData.newPatientId();
        api.call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), patient, "Fuzz Patient",
                unit, "TSTNMT-DOC1", "F43.8A", period(today.minusDays(60), today.plusDays(10), 100))), 200);
        String q = "?unit=" + unit.unitId();
        long caseId = api.call(coordinator, post("/api/v1/cases" + q), Map.of("patientId", patient.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
        api.call(doctor, post("/api/v1/cases/" + caseId + "/assessment" + q), Map.of("relevant", true, "note", "Behov"), 200);
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/offer" + q), null, 200);
        long consentId = api.call(coordinator, post("/api/v1/patients/" + patient.value() + "/consents" + q),
                Map.of("scope", "COORDINATION", "form", "ORAL", "given", today.minusDays(3).toString()), 201).get("id").asLong();
        long entryId = api.call(coordinator, post("/api/v1/cases/" + caseId + "/interventions" + q),
                Map.of("type", "PERSONAL_SUPPORT", "date", today.toString(), "note", "Samtal"), 201).get("id").asLong();

        // The installation's page-reference key is made at its first use, refused request or not: made here first.
        references.of(patient.value());
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
                .query(String.class).list();
        // Counted by design on a refused login, and never touched by the requests here (all with valid credentials).
        tables.remove("login_failure");
        // MockMvc's browser requests come without the session a signed-in browser already has, so the
        // first one that reads the chosen unit makes one: an artefact of the test, not of the refusal.
        // That anonymous and API requests create no session is HardeningIT's test.
        tables.removeIf(t -> t.startsWith("spring_session"));
        String countSql = "select " + String.join(" || ',' || ", tables.stream().map(t -> "(select count(*) from " + t + ")::text").toList());
        List<String> updatable = tables.stream().filter(t -> List.of("coordination_case", "user_setting", "region", "care_unit",
                "coordination_setting", "case_responsible", "meeting", "patient_agreement").contains(t)).toList();
        String checksumSql = "select " + String.join(" || ',' || ", updatable.stream()
                .map(t -> "coalesce((select md5(string_agg(x::text, '|' order by x::text)) from " + t + " x), '-')").toList());

        String pnr = patient.value();
        List<Target> targets = new ArrayList<>(List.of(
                api(HttpMethod.POST, "/api/v1/certificates", "certificate"),
                api(HttpMethod.POST, "/api/v1/cases" + q, "case"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/assessment" + q, "assessment"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/offer" + q, "generic"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/accept" + q, "generic"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/decline" + q, "generic"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/close" + q, "close"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/interventions" + q, "intervention"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/fk-notifications" + q, "generic"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/plan" + q, "plan"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/agreement" + q, "generic"),
                api(HttpMethod.POST, "/api/v1/cases/{case}/meetings" + q, "meeting"),
                api(HttpMethod.POST, "/api/v1/meetings/{n}/minutes" + q, "generic"),
                api(HttpMethod.POST, "/api/v1/journal/{entry}/corrections" + q, "generic"),
                api(HttpMethod.PUT, "/api/v1/cases/{case}/responsible" + q, "generic"),
                api(HttpMethod.POST, "/api/v1/units/" + unit.unitId() + "/routine", "generic"),
                api(HttpMethod.POST, "/api/v1/units/" + unit.unitId() + "/routine/versions/{n}/approval", "generic"),
                api(HttpMethod.PUT, "/api/v1/regions/" + unit.regionId() + "/policy", "generic"),
                api(HttpMethod.PUT, "/api/v1/units/" + unit.unitId() + "/coordination-settings", "generic"),
                api(HttpMethod.POST, "/api/v1/patients/" + pnr + "/consents" + q, "consent"),
                api(HttpMethod.POST, "/api/v1/consents/{consent}/withdrawal" + q, "withdrawal"),
                api(HttpMethod.GET, "/api/v1/units/" + unit.unitId() + "/sick-leaves", "query"),
                api(HttpMethod.GET, "/api/v1/units/" + unit.unitId() + "/cases", "query"),
                api(HttpMethod.GET, "/api/v1/units/" + unit.unitId() + "/coordination-candidates", "query"),
                api(HttpMethod.GET, "/api/v1/units/" + unit.unitId() + "/follow-ups", "query"),
                api(HttpMethod.GET, "/api/v1/units/" + unit.unitId() + "/figures", "query"),
                api(HttpMethod.GET, "/api/v1/regions/" + unit.regionId() + "/figures", "query"),
                api(HttpMethod.GET, "/api/v1/cases/{case}/plan/compare" + q, "query"),
                api(HttpMethod.GET, "/api/v1/patients/" + pnr + "/access-log", "query"),
                api(HttpMethod.GET, "/api/v1/patients/{pnr}/sick-leaves" + q, "query"),
                api(HttpMethod.GET, "/api/v1/cases/{n}" + q, "query"),
                form("/installningar"), form("/oversikt/kolumner"), form("/koordinering/installning"), form("/koordinering/arenden"),
                form("/koordinering/arenden/{case}/insats"), form("/koordinering/arenden/{case}/avsluta"),
                form("/koordinering/arenden/{case}/bedomning"), form("/koordinering/arenden/{case}/samtycke"),
                form("/koordinering/arenden/{case}/samtycken/{consent}/aterkallelse"), form("/koordinering/arenden/{case}/plan"),
                form("/koordinering/arenden/{case}/moten/boka"), form("/koordinering/arenden/{case}/moten/{n}/anteckningar"),
                form("/koordinering/rutin"), form("/region/policy"), form("/valj-enhet"), form("/koordinering/arenden/{case}/ansvarig"),
                page("/oversikt"), page("/oversikt/utskrift"), page("/koordinering"), page("/koordinering/nyckeltal"),
                page("/koordinering/uppfoljning"), page("/koordinering/arenden/{case}"), page("/patient/{pnr}")));

        var principal = new LocalUserDetails(coordinator.username(), "", coordinator.user());
        var auth = authentication(new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        Map<String, String> ids = Map.of("{case}", Long.toString(caseId), "{consent}", Long.toString(consentId), "{entry}",
                Long.toString(entryId), "{pnr}", pnr);

        String counts = jdbc.sql(countSql).query(String.class).single();
        String checksums = jdbc.sql(checksumSql).query(String.class).single();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            String path = target.path;
            for (var e : ids.entrySet()) {
                path = path.replace(e.getKey(), random.nextInt(4) == 0 ? hostileId() : e.getValue());
            }
            path = path.replace("{n}", random.nextInt(3) == 0 ? hostileId() : Integer.toString(random.nextInt(5)));
            MockHttpServletRequestBuilder request;
            String description;
            if (target.kind == Kind.API) {
                request = request(target.method, java.net.URI.create(path.contains("?") || target.method != HttpMethod.GET ? encodePath(path)
                        : encodePath(path) + "?" + hostileQuery()));
                request.with(httpBasic(random.nextInt(8) == 0 ? doctor.username() : coordinator.username(), TestData.PASSWORD));
                if (target.method != HttpMethod.GET) {
                    String body = body(target.template, unit, patient);
                    request.content(body.getBytes(StandardCharsets.UTF_8)).header("Content-Type", contentType());
                    description = target.method + " " + path + " " + abbreviate(body);
                } else {
                    description = target.method + " " + path;
                }
            } else {
                String uri = encodePath(path) + (target.kind == Kind.PAGE ? "?" + hostileQuery() : "");
                request = request(target.kind == Kind.PAGE ? HttpMethod.GET : HttpMethod.POST, java.net.URI.create(uri)).with(auth).with(csrf());
                if (target.kind == Kind.FORM) {
                    for (int f = 0, n = 1 + random.nextInt(6); f < n; f++) {
                        request.param(pick(FIELDS), hostileText());
                    }
                }
                description = (target.kind == Kind.PAGE ? "GET " : "POST ") + uri;
            }
            MvcResult result = mvc.perform(request).andReturn();
            int status = result.getResponse().getStatus();
            statuses.merge(status, 1, Integer::sum);
            assertThat(status).as("request %d (seed %d): %s -> %s", i, SEED, description,
                    abbreviate(result.getResponse().getContentAsString(StandardCharsets.UTF_8))).isLessThan(500);
            String countsAfter = jdbc.sql(countSql).query(String.class).single();
            String checksumsAfter = jdbc.sql(checksumSql).query(String.class).single();
            if (status >= 400) {
                assertThat(countsAfter).as("row counts after refused request %d (seed %d): %s -> %d", i, SEED, description, status)
                        .isEqualTo(counts);
                assertThat(checksumsAfter).as("table checksums after refused request %d (seed %d): %s -> %d", i, SEED, description, status)
                        .isEqualTo(checksums);
            }
            counts = countsAfter;
            checksums = checksumsAfter;
        }
        System.out.println("HostileInputFuzzIT seed " + SEED + ": statuses " + statuses);
        assertThat(statuses.keySet().stream().filter(s -> s >= 400 && s < 500).mapToInt(statuses::get).sum())
                .as("most hostile requests are refused").isGreaterThan(REQUESTS / 2);
    }

    // --- the generator ---------------------------------------------------------------------------

    static final String[] FIELDS = {"patientId", "reason", "note", "date", "type", "actor", "relevant", "outcome", "scope", "form",
            "given", "withdrawn", "kind", "time", "durationMinutes", "agenda", "minutes", "text", "maxGapDays", "endedWithinDays",
            "defaultUnitId", "order", "visible", "move", "back", "unitId", "responsible", "from", "to", "degree", "steps", "goal",
            "version", "enabled", "preventive", "limit", "offset", "sort", "length", "state", "diagnosis", "icd10", "hsaId"};

    String[] hostileStrings() {
        return new String[] {"\u0000", "a\u0000b", "\r\nX-Injected: 1", "%0d%0a", "１２３", "٣", "𝟙𝟚", "+10000-01-01", "10000-01-01",
                "0000-01-01", "0001-01-01", "9999-12-31", "-0001-12-31", "2025-02-30", "2025-13-01", "１９９０-０１-０１", "-1", "0",
                "2147483648", "99999999999999999999", "1e309", "NaN", "true", "null", "[]", "{}", "' or 1=1 --", "<script>x</script>",
                "../../etc/passwd", "\u202e", "\ud800", "x".repeat(5_000), "å".repeat(70_000), " ", "", "F32.1", "SICK_LEAVE",
                "COORDINATION", "191212121212", "18000101-0000", "180001010008", "TSTNMT2321000156-1002", "AVSTAMNINGSMOTE", "25:61",
                "\t", "\\u0000", "%00", "%", "?back=//evil", "javascript:alert(1)"};
    }

    String hostileText() {
        String[] s = hostileStrings();
        return random.nextInt(5) == 0 ? s[random.nextInt(s.length)] + s[random.nextInt(s.length)] : s[random.nextInt(s.length)];
    }

    Object hostileValue() {
        return switch (random.nextInt(9)) {
            case 0 -> random.nextLong();
            case 1 -> List.of(hostileText(), random.nextInt());
            case 2 -> Map.of(hostileText(), hostileText());
            case 3 -> random.nextBoolean();
            case 4 -> random.nextDouble() * 1e300;
            default -> hostileText();
        };
    }

    String hostileId() {
        String[] ids = {"１", "0", "-1", "99999999999999999999", "1.5", "abc", "%00", "٣", "1e3", "+1", " 1", "9223372036854775807"};
        return ids[random.nextInt(ids.length)];
    }

    String hostileQuery() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            sb.append(i == 0 ? "" : "&").append(pick(FIELDS)).append('=').append(java.net.URLEncoder.encode(hostileText(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    String contentType() {
        String[] types = {"application/json", "application/json", "application/json", "application/json;charset=UTF-8", "*/*",
                "application/*", "text/plain", "multipart/form-data", "application/x-www-form-urlencoded", "application/xml", "garbage",
                "application/json; charset=latin-99"};
        return types[random.nextInt(types.length)];
    }

    /** A valid-looking body of the template with one to three fields made hostile, or a broken body now and then. */
    String body(String template, TestData.Unit unit, Personnummer patient) throws Exception {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return "{\"a\":";
        }
        if (roll == 1) {
            return "[".repeat(2_000);
        }
        if (roll == 2) {
            return "";
        }
        Map<String, Object> body = new LinkedHashMap<>(switch (template) {
            case "case" -> Map.of("patientId", patient.value(), "reason", "SICK_LEAVE");
            case "assessment" -> Map.of("relevant", true, "note", "Behov");
            case "close" -> Map.of("outcome", "RETURNED_FULL_TIME", "note", "Åter");
            case "intervention" -> Map.of("type", "PERSONAL_SUPPORT", "date", today.toString(), "note", "Samtal", "actor", "EMPLOYER");
            case "consent" -> Map.of("scope", "COORDINATION", "form", "ORAL", "given", today.toString());
            case "withdrawal" -> Map.of("withdrawn", today.toString());
            case "meeting" -> Map.of("kind", "AVSTAMNINGSMOTE", "date", today.plusDays(3).toString(), "time", "10:00", "durationMinutes", 60,
                    "agenda", "Avstämning", "participants", List.of(Map.of("actor", "PATIENT")));
            case "plan" -> Map.of("goal", "Åter i arbete", "steps", List.of(Map.of("degree", 50, "from", today.toString(), "to",
                    today.plusDays(14).toString())));
            default -> Map.<String, Object>of();
        });
        if (template.equals("certificate")) {
            Map<String, Object> cert = new LinkedHashMap<>(TestData.certificate("f-" + TestData.unique(), TestData.newPatientId(), "Fuzz",
                    unit, "TSTNMT-DOC1", "F43.8A", period(today.minusDays(5), today, 50)));
            mutate(cert);
            if (random.nextBoolean()) {
                cert.put("periods", List.of(Map.of("from", hostileText(), "to", hostileText(), "degree", hostileValue())));
            }
            return json.writeValueAsString(List.of(cert));
        }
        mutate(body);
        return json.writeValueAsString(body);
    }

    void mutate(Map<String, Object> body) {
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            List<String> keys = new ArrayList<>(body.keySet());
            if (keys.isEmpty() || random.nextInt(4) == 0) {
                body.put(pick(FIELDS), hostileValue());
            } else {
                body.put(keys.get(random.nextInt(keys.size())), hostileValue());
            }
        }
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String encodePath(String path) {
        int q = path.indexOf('?');
        String p = q < 0 ? path : path.substring(0, q);
        StringBuilder sb = new StringBuilder();
        for (String segment : p.split("/", -1)) {
            if (!sb.isEmpty() || !segment.isEmpty()) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String encoded = sb.toString().replace("//", "/");
        return q < 0 ? encoded : encoded + path.substring(q);
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    enum Kind { API, FORM, PAGE }

    record Target(Kind kind, HttpMethod method, String path, String template) {
    }

    static Target api(HttpMethod method, String path, String template) {
        return new Target(Kind.API, method, path, template);
    }

    static Target form(String path) {
        return new Target(Kind.FORM, HttpMethod.POST, path, "form");
    }

    static Target page(String path) {
        return new Target(Kind.PAGE, HttpMethod.GET, path, "page");
    }

    static MockHttpServletRequestBuilder post(String path) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
    }
}
