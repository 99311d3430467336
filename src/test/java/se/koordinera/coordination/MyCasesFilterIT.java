package se.koordinera.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

/** "Mina ärenden" (issue 14 item 6): {@code responsible=me} or an HSA-id on the unit's case list. */
@IntegrationTest
class MyCasesFilterIT {

    @Autowired
    ApiClient api;
    @Autowired
    TestData data;

    final LocalDate today = TestClock.today();

    long openCase(TestData.Unit unit, TestData.User user, String name) throws Exception {
        Personnummer p = TestData.newPatientId();
        api.call(user, post("/api/v1/certificates"), List.of(TestData.certificate("c-" + TestData.unique(), p, name, unit, "TSTNMT-DOC",
                "M54.5", TestData.period(today.minusDays(20), today.plusDays(20), 100))), 200);
        return api.call(user, post("/api/v1/cases?unit=" + unit.unitId()), Map.of("patientId", p.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
    }

    static List<Long> ids(JsonNode list) {
        return list.get("items").valueStream().map(i -> i.get("id").asLong()).toList();
    }

    @Test
    @DisplayName("responsible=me lists only the cases the user is responsible for now, an HSA-id another person's, a bad value is 400")
    void responsibleFilter() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User me = data.coordinator(unit.unitId());
        TestData.User colleague = data.coordinator(unit.unitId());
        String q = "?unit=" + unit.unitId();
        long mine = openCase(unit, me, "Tolvan Min");
        long theirs = openCase(unit, me, "Nils Deras");
        long nobodys = openCase(unit, me, "Ingen Ansvarig");
        long movedAway = openCase(unit, me, "Flyttad Bort");
        api.call(me, put("/api/v1/cases/" + mine + "/responsible" + q), Map.of("hsaId", me.hsaId()), 200);
        api.call(me, put("/api/v1/cases/" + theirs + "/responsible" + q), Map.of("hsaId", colleague.hsaId()), 200);
        api.call(me, put("/api/v1/cases/" + movedAway + "/responsible" + q), Map.of("hsaId", me.hsaId()), 200);
        api.call(me, put("/api/v1/cases/" + movedAway + "/responsible" + q), Map.of("hsaId", colleague.hsaId()), 200);
        String list = "/api/v1/units/" + unit.unitId() + "/cases";

        assertThat(ids(api.call(me, get(list), null, 200))).containsExactlyInAnyOrder(mine, theirs, nobodys, movedAway);
        JsonNode onlyMine = api.call(me, get(list + "?responsible=me"), null, 200);
        assertThat(ids(onlyMine)).as("only the current responsible person counts").containsExactly(mine);
        assertThat(onlyMine.get("total").asInt()).isEqualTo(1);
        assertThat(ids(api.call(colleague, get(list + "?responsible=me"), null, 200))).containsExactlyInAnyOrder(theirs, movedAway);
        assertThat(ids(api.call(me, get(list + "?responsible=" + colleague.hsaId()), null, 200))).containsExactlyInAnyOrder(theirs, movedAway);
        assertThat(ids(api.call(me, get(list + "?responsible=me&state=IDENTIFIED"), null, 200))).containsExactly(mine);
        JsonNode bad = api.call(me, get(list + "?responsible=' or 1=1"), null, 400);
        assertThat(bad.get("errors").get(0).get("field").asText()).isEqualTo("responsible");
    }
}
