package se.koordinera.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.koordinera.support.TestData.period;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PlanFollowUpIT extends PlanApiIT {

    JsonNode item(JsonNode list, long caseId) {
        for (JsonNode i : list.get("items")) {
            if (i.get("caseId").asLong() == caseId) {
                return i;
            }
        }
        return null;
    }

    @Test
    @DisplayName("R16: overdue, due, unplanned and flagged cases are listed and the worklist reminds")
    void overdueDueNotPlannedAndFlaggedCasesAreListedAndTheWorklistReminds() throws Exception {
        long withPlan = newCase();
        call(coordinator, post("/api/v1/cases/" + withPlan + "/plan" + q()), plan(0, 100), 201);
        // plan says next follow-up in 7 days: due within a week
        JsonNode list = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/follow-ups"), null, 200);
        assertThat(item(list, withPlan).get("status").asText()).isEqualTo("DUE");
        assertThat(list.get("overdue").asInt()).isZero();

        // a second patient whose plan's follow-up passed (saved ten days ago) and whose sick leave ended since
        Personnummer second = TestData.newPatientId();
        call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), second, "Andra Patient", unit,
                "TSTNMT-DOC1", "F43.8A", period(today.minusDays(40), today.minusDays(3), 100))), 200);
        long overdue = call(coordinator, post("/api/v1/cases" + q()), Map.of("patientId", second.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
        jdbc.sql("""
                insert into care_plan_version (case_id, version, goals, follow_up_dates, next_follow_up, created_at, created_by, created_by_name)
                values (?, 1, 'Mål', ?::jsonb, ?, now() - interval '10 days', 'x', 'X')""")
                .params(overdue, "[\"" + today.minusDays(1) + "\"]", today.minusDays(1)).update();

        list = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/follow-ups"), null, 200);
        assertThat(list.get("overdue").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("caseId").asLong()).isEqualTo(overdue);
        assertThat(item(list, overdue).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(item(list, overdue).get("flags").toString()).contains("SICK_LEAVE_ENDED");

        // the first patient gets a new certificate with another degree starting after the plan saved today: the grace rule
        // (FollowUpRules.flags, tested in PlanFollowUpTest) flags it from its first day, not before
        call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), patient,
                "Patient " + patient.value(), unit, "TSTNMT-DOC1", "F43.8A", period(today.plusDays(11), today.plusDays(30), 50))), 200);
        list = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/follow-ups"), null, 200);
        assertThat(String.valueOf(item(list, withPlan) == null ? "" : item(list, withPlan).get("flags"))).doesNotContain("DEGREE_CHANGED");

        String worklist = mvc.perform(asUser(get("/koordinering"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(worklist).contains("follow-up-reminder").contains("1 uppföljning(ar) är försenade");
        String page = mvc.perform(asUser(get("/koordinering/uppfoljning"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("data-status=\"OVERDUE\"").contains("Sjukskrivningen har upphört");

        TestData.User outsider = data.coordinator(data.newUnit().unitId());
        call(outsider, get("/api/v1/units/" + unit.unitId() + "/follow-ups"), null, 403);
    }
}
