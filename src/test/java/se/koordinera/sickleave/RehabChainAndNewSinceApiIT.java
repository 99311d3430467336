package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.koordinera.support.TestData.certificate;
import static se.koordinera.support.TestData.period;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

/** The sick-leave list's rehabChainDay, nextMilestone and the filters newSince and milestoneWithinDays, through HTTP and PostgreSQL. */
@IntegrationTest
class RehabChainAndNewSinceApiIT {

    static final LocalDate ON = LocalDate.of(2026, 6, 1);

    @Autowired ApiClient api;
    @Autowired TestData data;

    TestData.Unit unit;
    TestData.User coordinator;
    Personnummer gap; // 2026-03-04..03-20 and 03-24..06-30: day 90 on 06-01 with three gap days
    Personnummer fresh; // started 05-30: day 3
    Personnummer longer; // started 2025-05-01: day 397, past every limit

    @BeforeEach
    void setUp() throws Exception {
        unit = data.newUnit();
        coordinator = data.coordinator(unit.unitId());
        gap = TestData.newPatientId();
        fresh = TestData.newPatientId();
        longer = TestData.newPatientId();
        api.call(coordinator, post("/api/v1/certificates"), List.of(
                certificate(id(), gap, "Gunnel Glapp", unit, "DOC-A", "M54.5", period(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 20), 100)),
                certificate(id(), gap, "Gunnel Glapp", unit, "DOC-A", "M54.5", period(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 6, 30), 50)),
                certificate(id(), fresh, "Frida Färsk", unit, "DOC-A", "S82.1", period(LocalDate.of(2026, 5, 30), LocalDate.of(2026, 6, 20), 100)),
                certificate(id(), longer, "Lars Lång", unit, "DOC-B", "F32.1", period(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 8, 31), 100))),
                200);
    }

    static String id() {
        return "rc-" + TestData.unique();
    }

    JsonNode list(String query, int status) throws Exception {
        return api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/sick-leaves?activeOn=" + ON + query), null, status);
    }

    JsonNode item(JsonNode list, Personnummer p) {
        return list.get("items").valueStream().filter(i -> i.get("patient").get("id").asText().equals(p.value())).findFirst().orElseThrow();
    }

    @Test
    void everyItemCarriesTheChainDayAndTheNextLimitCountingGapDays() throws Exception {
        JsonNode list = list("", 200);
        JsonNode g = item(list, gap);
        assertThat(g.get("rehabChainDay").asInt()).as("03-04..06-01 in calendar days, the gap 03-21..03-23 included").isEqualTo(90);
        assertThat(g.get("days").asInt()).as("covered days (to the end 06-30) leave the gap out").isEqualTo(17 + 99);
        assertThat(g.get("nextMilestone").get("day").asInt()).isEqualTo(90);
        assertThat(g.get("nextMilestone").get("date").asText()).isEqualTo("2026-06-01");
        JsonNode f = item(list, fresh);
        assertThat(f.get("rehabChainDay").asInt()).isEqualTo(3);
        assertThat(f.get("nextMilestone").get("day").asInt()).isEqualTo(90);
        assertThat(f.get("nextMilestone").get("date").asText()).isEqualTo("2026-08-27");
        JsonNode l = item(list, longer);
        assertThat(l.get("rehabChainDay").asInt()).isEqualTo(397);
        assertThat(l.has("nextMilestone")).isTrue();
        assertThat(l.get("nextMilestone").isNull()).as("null after day 365").isTrue();
        // The next day: day 91, the next limit is 180.
        JsonNode next = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/sick-leaves?activeOn=2026-06-02"), null, 200);
        assertThat(item(next, gap).get("rehabChainDay").asInt()).isEqualTo(91);
        assertThat(item(next, gap).get("nextMilestone").get("day").asInt()).isEqualTo(180);
        assertThat(item(next, gap).get("nextMilestone").get("date").asText()).isEqualTo("2026-08-30");
    }

    @Test
    void milestoneWithinDaysListsTheCasesReachingALimitSoonAndSortsByIt() throws Exception {
        assertThat(ids(list("&milestoneWithinDays=0", 200))).containsExactly(gap.value());
        assertThat(ids(list("&milestoneWithinDays=90", 200))).containsExactlyInAnyOrder(gap.value(), fresh.value());
        assertThat(ids(list("&sort=milestone", 200))).containsExactly(gap.value(), fresh.value(), longer.value());
        JsonNode bad = list("&milestoneWithinDays=abc", 400);
        assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("milestoneWithinDays");
        list("&milestoneWithinDays=366", 400);
    }

    @Test
    void newSinceListsCasesWithACertificateSignedOnOrAfterTheDate() throws Exception {
        assertThat(ids(list("&newSince=2026-05-30", 200))).containsExactly(fresh.value());
        assertThat(ids(list("&newSince=2026-03-24", 200))).containsExactlyInAnyOrder(gap.value(), fresh.value());
        assertThat(ids(list("&newSince=2026-03-25", 200))).containsExactly(fresh.value());
        assertThat(list("&newSince=2026-06-02", 200).get("total").asInt()).isZero();
    }

    @Test
    void aBadNewSinceDateIsAProblemNamingTheField() throws Exception {
        for (String bad : new String[] {"2026-13-01", "igår", "2026-02-30", "0001-01-01"}) {
            JsonNode problem = list("&newSince=" + bad, 400);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("errors").get(0).get("field").asText()).as(bad).isEqualTo("newSince");
            assertThat(problem.get("errors").get(0).get("message").asText()).as(bad).doesNotContain("newSince");
        }
    }

    static List<String> ids(JsonNode list) {
        return list.get("items").valueStream().map(i -> i.get("patient").get("id").asText()).toList();
    }
}
