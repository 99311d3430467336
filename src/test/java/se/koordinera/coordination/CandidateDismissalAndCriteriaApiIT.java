package se.koordinera.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14 item 3 through the API and PostgreSQL: dismissing a candidate flag with a reason, and the
 * unit manager's candidate criteria; every refusal leaves the database as it was.
 */
@IntegrationTest
class CandidateDismissalAndCriteriaApiIT {

    @Autowired
    ApiClient api;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = TestClock.today();
    final LocalDate start = today.minusDays(40);
    TestData.Unit unit;
    TestData.User coordinator;
    TestData.User manager;
    Personnummer patient;

    @BeforeEach
    void aLongSickLeave() throws Exception {
        unit = data.newUnit();
        coordinator = data.coordinator(unit.unitId());
        manager = data.manager(unit.unitId());
        patient = TestData.newPatientId();
        api.call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), patient, "Tolvan Kandidat",
                unit, "TSTNMT-DOC", "M54.5", TestData.period(start, today.plusDays(20), 100))), 200);
    }

    String dismissals() {
        return "/api/v1/units/" + unit.unitId() + "/coordination-candidates/dismissals";
    }

    String criteriaUrl() {
        return "/api/v1/units/" + unit.unitId() + "/candidate-criteria";
    }

    Map<String, Object> dismissal(String flag, String reason) {
        Map<String, Object> b = new HashMap<>();
        b.put("patientId", patient.value());
        b.put("flag", flag);
        b.put("caseStart", start.toString());
        b.put("reason", reason);
        return b;
    }

    static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.get("errors").forEach(e -> out.add(e.get("field").asText()));
        return out;
    }

    /** Everything a dismissal or a criteria change could write. */
    String snapshot() {
        return jdbc.sql("""
                select (select count(*) from candidate_flag_dismissal) || ',' || (select count(*) from unit_candidate_criteria)""")
                .query(String.class).single();
    }

    List<String> flagsOfPatient() throws Exception {
        JsonNode list = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/coordination-candidates"), null, 200);
        List<String> out = new ArrayList<>();
        list.get("items").forEach(i -> {
            if (i.get("patient").get("id").asText().equals(patient.value())) {
                out.add(i.toString());
            }
        });
        return out;
    }

    @Test
    @DisplayName("A raised flag is dismissed with a reason (201, kept and shown); no reason is 400 naming the field, a flag not raised is 409; refusals change nothing")
    void dismissal() throws Exception {
        assertThat(flagsOfPatient()).singleElement().asString().contains("LONG_SICK_LEAVE");

        String before = snapshot();
        JsonNode noReason = api.call(coordinator, post(dismissals()), dismissal("LONG_SICK_LEAVE", " "), 400);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(noReason.toString()).contains("Skriv varför flaggan avfärdas");
        assertThat(snapshot()).isEqualTo(before);

        JsonNode notRaised = api.call(coordinator, post(dismissals()), dismissal("ENDED_WITHOUT_FOLLOW_UP", "Följs upp av företagshälsovården"), 409);
        assertThat(notRaised.get("status").asInt()).isEqualTo(409);
        assertThat(notRaised.get("detail").asText()).isNotBlank().doesNotContain("ENDED_WITHOUT_FOLLOW_UP");
        assertThat(snapshot()).isEqualTo(before);

        JsonNode done = api.call(coordinator, post(dismissals()), dismissal("LONG_SICK_LEAVE", "Följs upp av företagshälsovården"), 201);
        assertThat(done.get("flag").asText()).isEqualTo("LONG_SICK_LEAVE");
        assertThat(done.get("reason").asText()).isEqualTo("Följs upp av företagshälsovården");
        assertThat(done.get("byHsaId").asText()).isEqualTo(coordinator.hsaId());
        assertThat(done.get("caseStart").asText()).isEqualTo(start.toString());
        assertThat(snapshot()).isNotEqualTo(before);
        JsonNode kept = api.call(coordinator, get("/api/v1/patients/" + patient.value() + "/candidate-dismissals?unit=" + unit.unitId()), null, 200);
        assertThat(kept.get(0).get("reason").asText()).isEqualTo("Följs upp av företagshälsovården");


        // A refusal after a dismissal changes nothing either.
        String after = snapshot();
        api.call(coordinator, post(dismissals()), dismissal("MENTAL_DIAGNOSIS", "Inte aktuellt"), 409);
        assertThat(snapshot()).isEqualTo(after);
    }

    Map<String, Object> criteriaBody(int repeatedCases, int chainWithin) {
        Map<String, Object> b = new HashMap<>();
        b.put("mentalDiagnosis", false);
        b.put("repeatedCases12Months", repeatedCases);
        b.put("repeatedDays3Years", 200);
        b.put("chainLimitWithinDays", chainWithin);
        b.put("degreeUnchangedWeeks", 10);
        b.put("endedWithinDays", 30);
        return b;
    }

    @Test
    @DisplayName("Candidate criteria: the unit manager sets them (200, a new version), a coordinator is refused (403), bad values are 400 and change nothing")
    void criteria() throws Exception {
        JsonNode set = api.call(manager, put(criteriaUrl()), criteriaBody(4, 21), 200);
        assertThat(set.get("criteria").get("repeatedCases12Months").asInt()).isEqualTo(4);
        assertThat(set.get("criteria").get("chainLimitWithinDays").asInt()).isEqualTo(21);
        assertThat(api.call(coordinator, get(criteriaUrl()), null, 200).get("criteria").get("chainLimitWithinDays").asInt()).isEqualTo(21);

        String before = snapshot();
        api.call(coordinator, put(criteriaUrl()), criteriaBody(5, 7), 403);
        assertThat(snapshot()).isEqualTo(before);

        JsonNode bad = api.call(manager, put(criteriaUrl()), criteriaBody(1, 91), 400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("repeatedCases12Months", "chainLimitWithinDays");
        assertThat(bad.toString()).contains("Ange ett antal sjukfall mellan 2 och 20").contains("Ange ett antal dagar mellan 0 och 90");
        Map<String, Object> missing = criteriaBody(4, 21);
        missing.remove("mentalDiagnosis");
        assertThat(fields(api.call(manager, put(criteriaUrl()), missing, 400))).containsExactly("mentalDiagnosis");
        assertThat(snapshot()).isEqualTo(before);
        JsonNode unchanged = api.call(manager, get(criteriaUrl()), null, 200).get("criteria");
        assertThat(unchanged.get("repeatedCases12Months").asInt()).isEqualTo(4);
        assertThat(unchanged.get("chainLimitWithinDays").asInt()).isEqualTo(21);
        assertThat(unchanged.get("mentalDiagnosis").asBoolean()).isFalse();
    }
}
