package se.koordinera.figures;

import se.koordinera.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.koordinera.access.Assignment;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class FiguresApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    se.koordinera.support.ApiClient api;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    LocalDate today = TestClock.today();
    TestData.Unit unit;
    TestData.User coordinator;
    TestData.User doctor;

    JsonNode call(TestData.User user, MockHttpServletRequestBuilder request, Object body, int expectedStatus) throws Exception {
        return api.call(user, request, body, expectedStatus);
    }

    String q() {
        return "?unit=" + unit.unitId();
    }

    Personnummer sickLeave(Object[]... periods) throws Exception {
        Personnummer p = TestData.newPatientId();
        call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), p, "Patient " + p.value(), unit,
                "TSTNMT-DOC1", "F43.8A", periods)), 200);
        return p;
    }

    long offered(Personnummer p, String reason) throws Exception {
        Map<String, Object> body = reason.equals("PREVENTIVE") ? Map.of("patientId", p.value(), "reason", reason, "patientName", "Risk Patient")
                : Map.of("patientId", p.value(), "reason", reason);
        long id = call(coordinator, post("/api/v1/cases" + q()), body, 201).get("id").asLong();
        call(doctor, post("/api/v1/cases/" + id + "/assessment" + q()), Map.of("relevant", true), 200);
        call(coordinator, post("/api/v1/cases/" + id + "/offer" + q()), null, 200);
        return id;
    }

    JsonNode consent(Personnummer p, String scope) throws Exception {
        return call(coordinator, post("/api/v1/patients/" + p.value() + "/consents" + q()),
                Map.of("scope", scope, "form", "ORAL", "given", today.toString()), 201);
    }

    JsonNode month(JsonNode months, YearMonth m) {
        for (JsonNode n : months) {
            if (n.get("month").asText().equals(m.toString())) {
                return n;
            }
        }
        throw new AssertionError("no month " + m + " in " + months);
    }

    MockHttpServletRequestBuilder as(TestData.User u, MockHttpServletRequestBuilder r) {
        return r.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                new se.koordinera.access.LocalUserDetails(u.username(), "x", u.user())));
    }

    @Test
    void figuresOfAKnownDatasetPerUnitAndRegion() throws Exception {
        unit = data.newUnit(true);
        coordinator = data.coordinator(unit.unitId());
        doctor = data.doctor(unit.unitId());

        // A: sick since 40 days; offered today (40 days), accepts, one intervention, FK informed, closed
        Personnummer a = sickLeave(TestData.period(today.minusDays(40), today.plusDays(10), 100));
        long caseA = offered(a, "SICK_LEAVE");
        consent(a, "COORDINATION");
        call(coordinator, post("/api/v1/cases/" + caseA + "/interventions" + q()),
                Map.of("type", "PERSONAL_SUPPORT", "date", today.toString(), "note", "Samtal"), 201);
        consent(a, "INFORM_FK");
        call(coordinator, post("/api/v1/cases/" + caseA + "/fk-notifications" + q()), Map.of("note", "Behov"), 201);
        call(coordinator, post("/api/v1/cases/" + caseA + "/close" + q()), Map.of("outcome", "RETURNED_PART_TIME"), 200);
        // B: two periods 2 days apart make one sick leave from 30 days ago; consent given and withdrawn
        Personnummer b = sickLeave(TestData.period(today.minusDays(30), today.minusDays(21), 100),
                TestData.period(today.minusDays(18), today.plusDays(5), 50));
        offered(b, "SICK_LEAVE");
        long consentB = consent(b, "COORDINATION").get("id").asLong();
        call(coordinator, post("/api/v1/consents/" + consentB + "/withdrawal" + q()), Map.of("withdrawn", today.toString()), 201);
        // C: preventive, no sick leave: not in the median
        offered(TestData.newPatientId(), "PREVENTIVE");
        // D: an old sick leave and a new one from 20 days ago (gap far more than 5 days), two certificates: the engine
        // merges certificates into sick-leave cases (API.md), and the figures use the engine
        Personnummer d = sickLeave(TestData.period(today.minusDays(100), today.minusDays(60), 100));
        call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), d, "Patient " + d.value(), unit,
                "TSTNMT-DOC1", "F43.8A", TestData.period(today.minusDays(20), today.plusDays(5), 100))), 200);
        long caseD = offered(d, "SICK_LEAVE");
        // D's planned follow-up yesterday was missed; A's first follow-up was met by a new version in time
        jdbc.sql("insert into care_plan_version (case_id, version, goals, next_follow_up, created_at, created_by, created_by_name) "
                + "values (?, 1, 'Mål', ?, now() - interval '10 days', 'x', 'X')").params(caseD, today.minusDays(1)).update();
        jdbc.sql("insert into care_plan_version (case_id, version, goals, next_follow_up, created_at, created_by, created_by_name) "
                + "values (?, 1, 'Mål', ?, now() - interval '10 days', 'x', 'X'), (?, 2, 'Mål', ?, now() - interval '7 days', 'x', 'X')")
                .params(caseA, today.minusDays(5), caseA, today.plusDays(20)).update();

        YearMonth now = YearMonth.from(today);
        String range = "?from=" + now.minusMonths(1) + "&to=" + now;
        JsonNode months = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/figures" + range), null, 200);
        assertThat(months).hasSize(2);
        JsonNode m = month(months, now);
        assertThat(m.get("gc001").asInt()).isEqualTo(2);
        assertThat(m.get("patientsWithInterventions").asInt()).isEqualTo(1);
        assertThat(m.get("casesOpened").asInt()).isEqualTo(4);
        assertThat(m.get("casesClosed").asInt()).isEqualTo(1);
        assertThat(m.get("closedByOutcome").get("RETURNED_PART_TIME").asInt()).isEqualTo(1);
        assertThat(m.get("closedByOutcome").get("MOVED").asInt()).isZero();
        assertThat(m.get("consentsGiven").asInt()).isEqualTo(3);
        assertThat(m.get("consentsWithdrawn").asInt()).isEqualTo(1);
        assertThat(m.get("fkNotifications").asInt()).isEqualTo(1);
        assertThat(m.get("medianDaysSickLeaveStartToOffer").asDouble()).isEqualTo(30.0);
        int overdue = months.get(0).get("followUpsOverdue").asInt() + months.get(1).get("followUpsOverdue").asInt();
        assertThat(overdue).isEqualTo(1);
        assertThat(month(months, now.minusMonths(1)).get("medianDaysSickLeaveStartToOffer").isNull()).isTrue();
        assertThat(m.toString()).doesNotContain(a.value()).doesNotContain("Patient");

        // region: a sibling unit adds one case; the median is over every offer of the region
        TestData.Unit sibling = data.siblingUnit(unit);
        TestData.User siblingCoordinator = data.coordinator(sibling.unitId());
        Personnummer e = TestData.newPatientId();
        call(siblingCoordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), e, "Patient E", sibling,
                "TSTNMT-DOC1", "F43.8A", TestData.period(today.minusDays(10), today.plusDays(10), 100))), 200);
        call(siblingCoordinator, post("/api/v1/cases?unit=" + sibling.unitId()), Map.of("patientId", e.value(), "reason", "SICK_LEAVE"), 201);
        TestData.User admin = data.user(Set.of(Role.REGION_ADMIN), "ADMINISTRATOR",
                List.of(new Assignment(unit.unitId(), Purpose.ADMINISTRATION)));
        JsonNode region = call(admin, get("/api/v1/regions/" + unit.regionId() + "/figures" + range), null, 200);
        JsonNode r = month(region, now);
        assertThat(r.get("casesOpened").asInt()).isEqualTo(5);
        assertThat(r.get("gc001").asInt()).isEqualTo(2);
        assertThat(r.get("medianDaysSickLeaveStartToOffer").asDouble()).isEqualTo(30.0);

        // who may see what
        call(coordinator, get("/api/v1/regions/" + unit.regionId() + "/figures"), null, 403);
        call(admin, get("/api/v1/units/" + unit.unitId() + "/figures"), null, 403);
        TestData.User otherAdmin = data.user(Set.of(Role.REGION_ADMIN), "ADMINISTRATOR",
                List.of(new Assignment(data.newUnit().unitId(), Purpose.ADMINISTRATION)));
        call(otherAdmin, get("/api/v1/regions/" + unit.regionId() + "/figures"), null, 403);
        call(data.coordinator(sibling.unitId()), get("/api/v1/units/" + unit.unitId() + "/figures"), null, 403);
        // the page and the Excel export show the same numbers
        String html = mvc.perform(as(coordinator, get("/koordinering/nyckeltal" + range))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("figures-chart").contains("data-month=\"" + now + "\"").contains("<td class=\"median\">30</td>"); // Swedish: 30, 21,5
        byte[] xlsx = mvc.perform(as(coordinator, get("/koordinering/nyckeltal/excel" + range))).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            var row = sheet.getRow(4);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(now.toString());
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(4.0);
            assertThat(row.getCell(row.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(30.0);
        }
        String regionHtml = mvc.perform(as(admin, get("/koordinering/nyckeltal" + range))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(regionHtml).contains("Regionens nyckeltal");

        JsonNode bad = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/figures?from=2026-13&to=x"), null, 400);
        assertThat(bad.get("errors")).hasSize(2);
    }
}
