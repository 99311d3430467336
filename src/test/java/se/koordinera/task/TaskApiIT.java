package se.koordinera.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.koordinera.access.Assignment;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 14 items 4-6 through the real API and PostgreSQL: tasks, waiting for, ownership. */
@IntegrationTest
class TaskApiIT {

    @Autowired
    ApiClient api;
    @Autowired
    TestData data;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = TestClock.today();
    TestData.Unit unit;
    TestData.User coordinator;
    TestData.User colleague;
    Personnummer patient;
    long caseId;

    @BeforeEach
    void aCaseOpenedToday() throws Exception {
        unit = data.newUnit();
        coordinator = data.coordinator(unit.unitId());
        colleague = data.coordinator(unit.unitId());
        patient = TestData.newPatientId();
        caseId = openCase(unit, coordinator, patient);
    }

    long openCase(TestData.Unit u, TestData.User user, Personnummer p) throws Exception {
        api.call(user, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), p, "Tolvan Tolvansson", u,
                "TSTNMT-DOC", "F43.8A", TestData.period(today.minusDays(20), today.plusDays(20), 100))), 200);
        return api.call(user, post("/api/v1/cases?unit=" + u.unitId()), Map.of("patientId", p.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
    }

    String q() {
        return "?unit=" + unit.unitId();
    }

    Map<String, Object> task(String title, String reason, LocalDate due, String assignee) {
        Map<String, Object> b = new HashMap<>();
        b.put("title", title);
        b.put("reason", reason);
        b.put("due", due == null ? null : due.toString());
        b.put("assigneeHsaId", assignee);
        return b;
    }

    /** Posts and returns the answer with its Location header. */
    MvcResult create(TestData.User user, long caseId, Object body) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseId + "/tasks" + q()).with(httpBasic(user.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body))).andReturn();
    }

    List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    /** Everything a task command could write: the task tables and the access log. */
    String snapshot() {
        return jdbc.sql("""
                select (select count(*) from case_task) || ',' || (select count(*) from case_task_done) || ',' ||
                       (select count(*) from case_waiting) || ',' || (select count(*) from access_log where patient_id = ?)""")
                .param(patient.value()).query(String.class).single();
    }

    @Test
    @DisplayName("A task is created (201, id, Location), read, listed and marked done once, with who and when; every access is logged")
    void createListAndDone() throws Exception {
        MvcResult r = create(coordinator, caseId, task("Ring arbetsgivaren", "EMPLOYER", today.plusDays(3), colleague.hsaId()));
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode created = json.readTree(r.getResponse().getContentAsString());
        long id = created.get("id").asLong();
        assertThat(r.getResponse().getHeader("Location")).isEqualTo("/api/v1/tasks/" + id + q());
        assertThat(created.get("state").asText()).isEqualTo("OPEN");
        assertThat(created.get("assigneeName").asText()).isEqualTo(colleague.user().name());
        assertThat(created.get("reasonLabel").asText()).isEqualTo("Arbetsgivaren");
        assertThat(created.toString()).doesNotContain(patient.value());
        assertThat(api.call(coordinator, get("/api/v1/tasks/" + id + q()), null, 200).get("title").asText()).isEqualTo("Ring arbetsgivaren");

        JsonNode done = api.call(colleague, post("/api/v1/tasks/" + id + "/done" + q()), null, 200);
        assertThat(done.get("state").asText()).isEqualTo("DONE");
        assertThat(done.get("doneByName").asText()).isEqualTo(colleague.user().name());
        assertThat(done.get("doneAt").isNull()).isFalse();
        String before = snapshot();
        JsonNode again = api.call(coordinator, post("/api/v1/tasks/" + id + "/done" + q()), null, 409);
        assertThat(again.get("detail").asText()).contains("redan");
        assertThat(snapshot()).isEqualTo(before);

        JsonNode list = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/tasks?state=done"), null, 200);
        assertThat(list.get("items")).hasSize(1);
        assertThat(api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/tasks?state=open"), null, 200).get("items")).isEmpty();
        assertThat(data.count("select count(*) from access_log where patient_id = ? and function = ? and action = 'WRITE'",
                patient.value(), TaskService.FUNCTION)).isEqualTo(2);
        assertThat(data.count("select count(*) from access_log where patient_id = ? and function = 'uppgifter på vårdenheten'",
                patient.value())).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("Bad input is 400 naming each field, and nothing is stored: no title, unknown reason, due before the case opened, assignee without a care assignment")
    void everyBadInputIsRefusedAndTheDatabaseIsUnchanged() throws Exception {
        TestData.User elsewhere = data.coordinator(data.newUnit().unitId());
        // a person at the unit, but without Vård och behandling there (only another purpose)
        TestData.User adminOnly = data.user(Set.of(Role.REHAB_COORDINATOR), "SJUKSKOTERSKA",
                List.of(new Assignment(unit.unitId(), Purpose.ADMINISTRATION)));
        assertThat(adminOnly.user().mayAccessPatientsOf(unit.unitId())).as("the test needs a non-care purpose").isFalse();
        String before = snapshot();
        record Bad(Map<String, Object> body, List<String> fields) {
        }
        List<Bad> bad = List.of(
                new Bad(task(null, "PATIENT", today, coordinator.hsaId()), List.of("title")),
                new Bad(task("   ", "PATIENT", today, coordinator.hsaId()), List.of("title")),
                new Bad(task("Ring", "NEIGHBOUR", today, coordinator.hsaId()), List.of("reason")),
                new Bad(task("Ring", null, today, coordinator.hsaId()), List.of("reason")),
                new Bad(task("Ring", "PATIENT", null, coordinator.hsaId()), List.of("due")),
                new Bad(task("Ring", "PATIENT", today.minusDays(1), coordinator.hsaId()), List.of("due")),
                new Bad(task("Ring", "PATIENT", today, elsewhere.hsaId()), List.of("assigneeHsaId")),
                new Bad(task("Ring", "PATIENT", today, adminOnly.hsaId()), List.of("assigneeHsaId")),
                new Bad(task("Ring", "PATIENT", today, "TSTNMT-NOBODY"), List.of("assigneeHsaId")),
                new Bad(task("Ring", "PATIENT", today.minusDays(5), elsewhere.hsaId()), List.of("due", "assigneeHsaId")),
                new Bad(task(null, "NEIGHBOUR", null, null), List.of("title", "reason", "due", "assigneeHsaId")));
        for (Bad b : bad) {
            MvcResult r = create(coordinator, caseId, b.body());
            String body = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(r.getResponse().getStatus()).as(b.body() + " -> " + body).isEqualTo(400);
            JsonNode problem = json.readTree(body);
            assertThat(r.getResponse().getContentType()).contains("problem+json");
            assertThat(fields(problem)).as(b.body().toString()).containsExactlyInAnyOrderElementsOf(b.fields());
            problem.get("errors").forEach(e -> assertThat(e.get("message").asText()).isNotBlank().doesNotContain("assigneeHsaId"));
            assertThat(snapshot()).as("nothing stored for " + b.body()).isEqualTo(before);
        }
        assertThat(api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/tasks?state=later"), null, 400).toString()).contains("state");
    }

    @Test
    @DisplayName("Tasks are sorted by due date; a task is overdue from the day after its due date; filters by assignee and state")
    void sortingOverdueAndFilters() throws Exception {
        jdbc.sql("update coordination_case set created_at = now() - interval '30 days' where id = ?").param(caseId).update();
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/tasks" + q()), task("Senare", "FK", today.plusDays(5), coordinator.hsaId()), 201);
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/tasks" + q()), task("I dag", "PATIENT", today, coordinator.hsaId()), 201);
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/tasks" + q()), task("I går", "DOCTOR", today.minusDays(1), colleague.hsaId()), 201);
        JsonNode all = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/tasks"), null, 200);
        assertThat(all.get("items").findValuesAsString("title")).containsExactly("I går", "I dag", "Senare");
        assertThat(all.get("overdue").asInt()).isEqualTo(1);
        assertThat(all.get("items").get(0).get("state").asText()).isEqualTo("OVERDUE");
        assertThat(all.get("items").get(1).get("state").asText()).isEqualTo("OPEN");
        JsonNode overdue = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/tasks?state=overdue"), null, 200);
        assertThat(overdue.get("items").findValuesAsString("title")).containsExactly("I går");
        JsonNode mine = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/tasks?assignee=" + coordinator.hsaId() + "&state=open"),
                null, 200);
        assertThat(mine.get("items").findValuesAsString("title")).containsExactly("I dag", "Senare");
        assertThat(api.call(coordinator, get("/api/v1/cases/" + caseId + "/tasks" + q()), null, 200).get("tasks").get("total").asInt()).isEqualTo(3);
    }

    @Test
    @DisplayName("A task of another unit's or another care provider's case is 404 exactly like an unknown one; an outsider gets 403")
    void otherDomainsAndOutsiders() throws Exception {
        long id = api.call(coordinator, post("/api/v1/cases/" + caseId + "/tasks" + q()), task("Ring", "PATIENT", today, coordinator.hsaId()), 201)
                .get("id").asLong();
        TestData.Unit otherProvider = data.newUnit();
        TestData.User both = data.user(Set.of(Role.REHAB_COORDINATOR), "FYSIOTERAPEUT", unit.unitId(), otherProvider.unitId());
        String other = "?unit=" + otherProvider.unitId();
        String before = snapshot();
        JsonNode unknown = api.call(both, post("/api/v1/tasks/999999999/done" + other), null, 404);
        JsonNode foreign = api.call(both, post("/api/v1/tasks/" + id + "/done" + other), null, 404);
        assertThat(foreign.get("detail")).isEqualTo(unknown.get("detail"));
        assertThat(api.call(both, get("/api/v1/tasks/" + id + other), null, 404).get("detail")).isEqualTo(unknown.get("detail"));
        api.call(both, post("/api/v1/cases/" + caseId + "/tasks" + other), task("Ring", "PATIENT", today, both.hsaId()), 404);
        assertThat(api.call(both, get("/api/v1/units/" + otherProvider.unitId() + "/tasks"), null, 200).get("items")).isEmpty();
        TestData.User outsider = data.coordinator(data.newUnit().unitId());
        api.call(outsider, post("/api/v1/tasks/" + id + "/done" + q()), null, 403);
        api.call(outsider, get("/api/v1/units/" + unit.unitId() + "/tasks"), null, 403);
        api.call(outsider, post("/api/v1/cases/" + caseId + "/tasks" + q()), task("Ring", "PATIENT", today, coordinator.hsaId()), 403);
        assertThat(snapshot()).isEqualTo(before);
        assertThat(api.call(coordinator, get("/api/v1/tasks/" + id + q()), null, 200).get("state").asText()).isEqualTo("OPEN");
    }

    @Test
    @DisplayName("Waiting for: set with a note and a check date, changed, stopped; the history is kept and the check date feeds the follow-up list")
    void waitingFor() throws Exception {
        String before = snapshot();
        JsonNode bad = api.call(coordinator, put("/api/v1/cases/" + caseId + "/waiting" + q()), Map.of("waitingFor", "EMPLOYER"), 400);
        assertThat(fields(bad)).containsExactly("checkDate");
        api.call(coordinator, put("/api/v1/cases/" + caseId + "/waiting" + q()),
                Map.of("waitingFor", "EMPLOYER", "checkDate", today.minusDays(1).toString()), 400);
        api.call(coordinator, put("/api/v1/cases/" + caseId + "/waiting" + q()), Map.of("waitingFor", "NEIGHBOUR", "checkDate", today.toString()), 400);
        assertThat(snapshot()).isEqualTo(before);

        JsonNode w = api.call(coordinator, put("/api/v1/cases/" + caseId + "/waiting" + q()),
                Map.of("waitingFor", "EMPLOYER", "note", "Svar om anpassning", "checkDate", today.plusDays(2).toString()), 200);
        assertThat(w.get("current").get("waitingForLabel").asText()).isEqualTo("Arbetsgivaren");
        JsonNode followUps = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/follow-ups"), null, 200);
        JsonNode item = null;
        for (JsonNode i : followUps.get("items")) {
            if (i.get("caseId").asLong() == caseId) {
                item = i;
            }
        }
        assertThat(item).as(followUps.toString()).isNotNull();
        assertThat(item.get("nextFollowUp").asText()).isEqualTo(today.plusDays(2).toString());
        assertThat(item.get("flags").toString()).contains("WAITING_CHECK");

        api.call(coordinator, put("/api/v1/cases/" + caseId + "/waiting" + q()), Map.of("waitingFor", "FK", "checkDate", today.plusDays(9).toString()), 200);
        assertThat(api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/waiting"), null, 200).get("byCase").get(String.valueOf(caseId))
                .get("waitingFor").asText()).isEqualTo("FK");
        JsonNode stopped = api.call(coordinator, put("/api/v1/cases/" + caseId + "/waiting" + q()), Map.of(), 200);
        assertThat(stopped.get("current").isNull()).isTrue();
        assertThat(stopped.get("history").findValuesAsString("waitingForLabel")).containsExactly("Väntar inte", "Försäkringskassan", "Arbetsgivaren");
        api.call(coordinator, put("/api/v1/cases/" + caseId + "/waiting" + q()), Map.of(), 409);
        assertThat(api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/waiting"), null, 200).get("byCase").size()).isZero();
    }

    @Test
    @DisplayName("Ownership: reassignment keeps the history (append-only in the database); Mina ärenden; the manager's view per coordinator")
    void ownership() throws Exception {
        TestData.User manager = data.manager(unit.unitId());
        api.call(coordinator, put("/api/v1/cases/" + caseId + "/responsible" + q()), Map.of("hsaId", coordinator.hsaId()), 200);
        JsonNode r = api.call(coordinator, put("/api/v1/cases/" + caseId + "/responsible" + q()), Map.of("hsaId", colleague.hsaId()), 200);
        assertThat(r.get("responsible").get("hsaId").asText()).isEqualTo(colleague.hsaId());
        assertThat(r.get("history").findValuesAsString("hsaId")).containsExactly(colleague.hsaId(), coordinator.hsaId());
        api.call(coordinator, put("/api/v1/cases/" + caseId + "/responsible" + q()), Map.of("hsaId", colleague.hsaId()), 409);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update case_responsible set responsible_id = 'x' where case_id = ?")
                .param(caseId).update()).rootCause().hasMessageContaining("append-only");

        assertThat(api.call(colleague, get("/api/v1/units/" + unit.unitId() + "/my-cases"), null, 200).get("items").findValuesAsString("patientName"))
                .hasSize(1);
        assertThat(api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/my-cases"), null, 200).get("items")).isEmpty();

        jdbc.sql("update coordination_case set created_at = now() - interval '30 days' where id = ?").param(caseId).update();
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/tasks" + q()), task("Försenad", "FK", today.minusDays(2), coordinator.hsaId()), 201);
        long second = openCase(unit, coordinator, TestData.newPatientId());
        api.call(coordinator, put("/api/v1/cases/" + second + "/responsible" + q()), Map.of("hsaId", colleague.hsaId()), 200);
        openCase(unit, coordinator, TestData.newPatientId());

        api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/workload"), null, 403);
        JsonNode w = api.call(manager, get("/api/v1/units/" + unit.unitId() + "/workload"), null, 200);
        assertThat(w.get("openCases").asInt()).isEqualTo(3);
        assertThat(w.get("withoutResponsible").asInt()).isEqualTo(1);
        Map<String, JsonNode> rows = new HashMap<>();
        w.get("rows").forEach(x -> rows.put(x.get("hsaId").asText(), x));
        assertThat(rows.get(colleague.hsaId()).get("openCases").asInt()).isEqualTo(2);
        assertThat(rows.get(coordinator.hsaId()).get("openCases").asInt()).isZero();
        assertThat(rows.get(coordinator.hsaId()).get("overdueTasks").findValuesAsString("title")).containsExactly("Försenad");
        assertThat(w.toString()).doesNotContain(patient.value());
    }
}
