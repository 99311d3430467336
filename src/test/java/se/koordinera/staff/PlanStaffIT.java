package se.koordinera.staff;

import se.koordinera.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.koordinera.access.Assignment;
import se.koordinera.access.LocalUserDetails;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PlanStaffIT {

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

    JsonNode call(TestData.User user, MockHttpServletRequestBuilder request, Object body, int expectedStatus) throws Exception {
        return api.call(user, request, body, expectedStatus);
    }

    String page(TestData.User u, String path) throws Exception {
        return mvc.perform(get(path).with(user(new LocalUserDetails(u.username(), "x", u.user())))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void r14ResponsiblePersonWithWarningsAndTheStaffList() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User assistant = data.user(Set.of(Role.REHAB_COORDINATOR), "UNDERSKOTERSKA", unit.unitId());
        jdbc.sql("update app_user set licensed = false, insurance_medicine_training = false where hsa_id = ?").param(assistant.hsaId()).update();
        Personnummer p = TestData.newPatientId();
        LocalDate today = TestClock.today();
        call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), p, "Patient", unit, "TSTNMT-DOC1",
                "F43.8A", TestData.period(today.minusDays(20), today.plusDays(10), 100))), 200);
        long id = call(coordinator, post("/api/v1/cases?unit=" + unit.unitId()), Map.of("patientId", p.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
        String q = "?unit=" + unit.unitId();

        JsonNode staff = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/staff"), null, 200);
        assertThat(staff).hasSize(2);
        JsonNode ok = call(coordinator, put("/api/v1/cases/" + id + "/responsible" + q), Map.of("hsaId", coordinator.hsaId()), 200);
        assertThat(ok.get("warnings")).isEmpty();
        assertThat(ok.toString()).doesNotContain(p.value());
        JsonNode warned = call(coordinator, put("/api/v1/cases/" + id + "/responsible" + q), Map.of("hsaId", assistant.hsaId()), 200);
        assertThat(warned.get("responsible").get("name").asText()).isEqualTo(assistant.user().name());
        assertThat(warned.get("warnings")).hasSize(2);

        long before = data.count("case_responsible");
        call(coordinator, put("/api/v1/cases/" + id + "/responsible" + q), Map.of("hsaId", "TSTNMT-NOBODY"), 400);
        TestData.User outsider = data.coordinator(data.newUnit().unitId());
        call(outsider, put("/api/v1/cases/" + id + "/responsible" + q), Map.of("hsaId", coordinator.hsaId()), 403);
        call(outsider, get("/api/v1/units/" + unit.unitId() + "/staff"), null, 403);
        assertThat(data.count("case_responsible")).isEqualTo(before);

        String html = page(coordinator, "/koordinering/arenden/" + id);
        assertThat(html).contains("responsible-warnings").contains("legitimationsgrundande");
        assertThat(page(coordinator, "/koordinering/personal")).contains("data-hsa=\"" + assistant.hsaId() + "\"");
    }

    @Test
    void r19OnlyTheManagerApprovesTheRoutineAndTheManagerIsWarnedWithoutOne() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User manager = data.manager(unit.unitId());
        String base = "/api/v1/units/" + unit.unitId() + "/routine";
        assertThat(call(coordinator, get(base), null, 200).get("warning").asBoolean()).isTrue();
        assertThat(page(manager, "/koordinering")).contains("routine-warning");
        assertThat(page(coordinator, "/koordinering")).doesNotContain("routine-warning");

        call(coordinator, post(base), Map.of("text", "Läkaren bedömer, koordinatorn erbjuder inom två veckor."), 201);
        long approvals = data.count("unit_routine_approval");
        call(coordinator, post(base + "/versions/1/approval"), null, 403);
        mvc.perform(post("/koordinering/rutin/1/faststall").with(csrf()).with(user(new LocalUserDetails(coordinator.username(), "x",
                coordinator.user())))).andReturn();
        assertThat(data.count("unit_routine_approval")).isEqualTo(approvals);

        JsonNode approved = call(manager, post(base + "/versions/1/approval"), null, 201);
        assertThat(approved.get("approved").get("version").asInt()).isEqualTo(1);
        assertThat(approved.get("warning").asBoolean()).isFalse();
        call(manager, post(base + "/versions/1/approval"), null, 409);
        // a new draft does not replace the approved version until approved
        call(coordinator, post(base), Map.of("text", "Version två"), 201);
        JsonNode r = call(coordinator, get(base), null, 200);
        assertThat(r.get("approved").get("version").asInt()).isEqualTo(1);
        assertThat(r.get("latest").get("version").asInt()).isEqualTo(2);
        assertThat(page(manager, "/koordinering")).doesNotContain("routine-warning").contains("Läkaren bedömer");
        call(data.coordinator(data.newUnit().unitId()), post(base + "/versions/2/approval"), null, 403);
    }

    @Test
    void r4TheRegionAdministratorSetsThePolicy() throws Exception {
        TestData.Unit unit = data.newUnit(true);
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User admin = data.user(Set.of(Role.REGION_ADMIN), "ADMINISTRATOR", List.of(new Assignment(unit.unitId(), Purpose.ADMINISTRATION)));
        String url = "/api/v1/regions/" + unit.regionId() + "/policy";
        long before = data.count("region_policy_change");
        call(coordinator, put(url), Map.of("preventiveCoordination", false), 403);
        TestData.User otherAdmin = data.user(Set.of(Role.REGION_ADMIN), "ADMINISTRATOR",
                List.of(new Assignment(data.newUnit().unitId(), Purpose.ADMINISTRATION)));
        call(otherAdmin, put(url), Map.of("preventiveCoordination", false), 403);
        assertThat(data.count("region_policy_change")).isEqualTo(before);
        assertThat(call(admin, get(url), null, 200).get("preventiveCoordination").asBoolean()).isTrue();

        assertThat(call(admin, put(url), Map.of("preventiveCoordination", false), 200).get("preventiveCoordination").asBoolean()).isFalse();
        assertThat(data.count("region_policy_change")).isEqualTo(before + 1);
        assertThat(page(admin, "/region/policy")).contains("policy-form").doesNotContain("checked");
        mvc.perform(post("/region/policy").with(csrf()).with(user(new LocalUserDetails(admin.username(), "x", admin.user())))
                .param("preventiveCoordination", "true")).andReturn();
        assertThat(call(admin, get(url), null, 200).get("preventiveCoordination").asBoolean()).isTrue();
        call(admin, put(url), Map.of("preventiveCoordination", false), 200);
        call(coordinator, post("/api/v1/cases?unit=" + unit.unitId()),
                Map.of("patientId", TestData.newPatientId().value(), "reason", "PREVENTIVE", "patientName", "Risk"), 409);
    }
}
