package se.koordinera.plan;

import se.koordinera.web.SubmittedForm;
import se.koordinera.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.koordinera.support.TestData.period;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PlanApiIT {

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

    TestData.Unit unit;
    TestData.User coordinator;
    Personnummer patient;
    LocalDate today = TestClock.today();

    @BeforeEach
    void setUp() throws Exception {
        unit = data.newUnit(true);
        coordinator = data.coordinator(unit.unitId());
        patient = TestData.newPatientId();
        Map<String, Object> cert = TestData.certificate("c-" + TestData.unique(), patient, "Patient " + patient.value(), unit, "TSTNMT-DOC1",
                "F43.8A", period(today.minusDays(20), today.plusDays(10), 100));
        call(coordinator, post("/api/v1/certificates"), List.of(cert), 200);
    }

    JsonNode call(TestData.User user, MockHttpServletRequestBuilder request, Object body, int expectedStatus) throws Exception {
        return api.call(user, request, body, expectedStatus);
    }

    String q() {
        return "?unit=" + unit.unitId();
    }

    long newCase() throws Exception {
        return call(coordinator, post("/api/v1/cases" + q()), Map.of("patientId", patient.value(), "reason", "SICK_LEAVE"), 201).get("id")
                .asLong();
    }

    Map<String, Object> plan(int basedOn, int secondDegree) {
        Map<String, Object> b = new HashMap<>();
        b.put("basedOnVersion", basedOn);
        b.put("goals", "Tillbaka i arbete på lagret");
        b.put("patientWords", "Jag vill orka en hel dag igen");
        b.put("steps", List.of(Map.of("degree", 100, "from", today.minusDays(20).toString(), "to", today.toString()),
                Map.of("degree", secondDegree, "from", today.plusDays(1).toString(), "to", today.plusDays(10).toString())));
        b.put("activities", List.of(Map.of("text", "Ringa chefen", "actor", "PATIENT", "due", today.plusDays(3).toString()),
                Map.of("text", "Arbetsplatsbesök", "actor", "EMPLOYER", "due", today.plusDays(14).toString())));
        b.put("collaborationNeeds", List.of("EMPLOYER"));
        b.put("followUpDates", List.of(today.plusDays(7).toString(), today.plusDays(30).toString()));
        return b;
    }

    @Test
    void everySaveIsANewVersionComparableAndTheTimelineShowsTheDeviation() throws Exception {
        long id = newCase();
        JsonNode empty = call(coordinator, get("/api/v1/cases/" + id + "/plan" + q()), null, 200);
        assertThat(empty.get("latest").isNull()).isTrue();
        assertThat(empty.get("certificatePeriods")).hasSize(1);

        JsonNode v1 = call(coordinator, post("/api/v1/cases/" + id + "/plan" + q()), plan(0, 100), 201);
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("nextFollowUp").asText()).isEqualTo(today.plusDays(7).toString());
        JsonNode v2 = call(coordinator, post("/api/v1/cases/" + id + "/plan" + q()), plan(1, 50), 201);
        assertThat(v2.get("version").asInt()).isEqualTo(2);

        JsonNode view = call(coordinator, get("/api/v1/cases/" + id + "/plan" + q()), null, 200);
        assertThat(view.get("latest").get("version").asInt()).isEqualTo(2);
        assertThat(view.get("versions")).hasSize(2);
        // certificates say 100 % after today, the plan 50 %: one deviation over the second step
        assertThat(view.get("deviations")).hasSize(1);
        assertThat(view.get("deviations").get(0).get("planned").asInt()).isEqualTo(50);
        assertThat(view.get("deviations").get(0).get("actual").asInt()).isEqualTo(100);
        assertThat(view.get("deviations").get(0).get("from").asText()).isEqualTo(today.plusDays(1).toString());

        JsonNode cmp = call(coordinator, get("/api/v1/cases/" + id + "/plan/compare" + q() + "&a=1&b=2"), null, 200);
        assertThat(cmp.get("differences")).hasSize(1);
        assertThat(cmp.get("differences").get(0).get("field").asText()).isEqualTo("steps");
        assertThat(call(coordinator, get("/api/v1/cases/" + id + "/plan/versions/1" + q()), null, 200).get("steps").get(1).get("degree")
                .asInt()).isEqualTo(100);
    }

    @Test
    void aStaleOrInvalidSaveOrAnOutsiderChangesNothingAndVersionsAreAppendOnly() throws Exception {
        long id = newCase();
        call(coordinator, post("/api/v1/cases/" + id + "/plan" + q()), plan(0, 100), 201);
        long before = data.count("care_plan_version");
        call(coordinator, post("/api/v1/cases/" + id + "/plan" + q()), plan(0, 50), 409);
        Map<String, Object> bad = plan(1, 60);
        bad.put("diagnosis", "F43");
        JsonNode problem = call(coordinator, post("/api/v1/cases/" + id + "/plan" + q()), bad, 400);
        assertThat(problem.get("errors").toString()).contains("steps[1].degree").contains("diagnosis");
        TestData.Unit other = data.newUnit(true);
        TestData.User outsider = data.coordinator(other.unitId());
        call(outsider, post("/api/v1/cases/" + id + "/plan" + q()), plan(1, 50), 403);
        call(outsider, post("/api/v1/cases/" + id + "/plan?unit=" + other.unitId()), plan(1, 50), 404);
        assertThat(data.count("care_plan_version")).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.sql("update care_plan_version set goals = 'x' where case_id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from care_plan_version where case_id = ?").param(id).update()).isNotNull();
    }

    MockHttpServletRequestBuilder asUser(MockHttpServletRequestBuilder r) {
        return r.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                new se.koordinera.access.LocalUserDetails(coordinator.username(), "x", coordinator.user())));
    }

    @Test
    void thePagesShowThePlanAndTheFormSavesANewVersion() throws Exception {
        long id = newCase();
        String empty = mvc.perform(asUser(get("/koordinering/arenden/" + id + "/plan"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(empty).contains("Ingen plan är sparad ännu").contains("plan-form");
        MvcResult saved = mvc.perform(asUser(post("/koordinering/arenden/" + id + "/plan"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("basedOnVersion", "0").param("goals", "Arbeta igen")
                .param("steps[0].degree", "100").param("steps[0].from", today.minusDays(20).toString()).param("steps[0].to", today.toString())
                .param("steps[1].degree", "50").param("steps[1].from", today.plusDays(1).toString())
                .param("steps[1].to", today.plusDays(10).toString())
                .param("steps[2].degree", "").param("steps[2].from", "").param("steps[2].to", "")
                .param("activities[0].text", "Ringa chefen").param("activities[0].actor", "PATIENT")
                .param("activities[0].due", today.plusDays(2).toString())
                .param("activities[1].text", "").param("activities[1].actor", "").param("activities[1].due", "")
                .param("collaborationNeeds", "EMPLOYER").param("followUpDates[0]", today.plusDays(5).toString()).param("followUpDates[1]", ""))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getFlashMap().get("message")).as(String.valueOf(saved.getFlashMap().get("error"))).isNotNull();
        String page = mvc.perform(asUser(get("/koordinering/arenden/" + id + "/plan"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("data-version=\"1\"").contains("class=\"deviation\"").contains("Ringa chefen");
        String casePage = mvc.perform(asUser(get("/koordinering/arenden/" + id))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(casePage).contains("plan-section").contains(today.plusDays(5).toString());
    }

    /** Issue 12 item 5: a refused form keeps what was typed, and each message is tied to its (form) row. */
    @Test
    void aRefusedPlanFormKeepsTheTypedValuesAndNamesTheRow() throws Exception {
        long id = newCase();
        MvcResult refused = mvc.perform(asUser(post("/koordinering/arenden/" + id + "/plan"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("basedOnVersion", "0").param("goals", "Arbeta igen på lagret")
                .param("steps[0].degree", "").param("steps[0].from", "").param("steps[0].to", "")
                .param("steps[1].degree", "50").param("steps[1].from", today.plusDays(10).toString()).param("steps[1].to", today.toString())
                .param("followUpDates[0]", today.plusDays(5).toString()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(data.count("select count(*) from care_plan_version where case_id = ?", id)).isZero();
        SubmittedForm kept = (SubmittedForm) refused.getFlashMap().get(SubmittedForm.ATTRIBUTE);
        assertThat(kept.value("goals")).isEqualTo("Arbeta igen på lagret");
        assertThat(kept.errors()).containsExactly(Map.entry("steps[1].to", "Ange ett slutdatum som inte ligger före startdatumet"));
        assertThat((String) refused.getFlashMap().get("error")).doesNotContain("steps").doesNotContain("(R");
        String page = mvc.perform(asUser(get("/koordinering/arenden/" + id + "/plan"))
                .cookie(refused.getResponse().getCookies())).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Arbeta igen på lagret").contains("id=\"step-to-1-error\"")
                .contains("aria-describedby=\"step-to-1-error\"").contains("maxlength=\"4000\"");
    }

    @Test
    void aClosedCasePlanCannotChange() throws Exception {
        long id = newCase();
        call(coordinator, post("/api/v1/cases/" + id + "/close" + q()), Map.of("outcome", "OTHER"), 200);
        call(coordinator, post("/api/v1/cases/" + id + "/plan" + q()), plan(0, 100), 409);
        assertThat(data.count("select count(*) from care_plan_version where case_id = ?", id)).isZero();
    }
}
