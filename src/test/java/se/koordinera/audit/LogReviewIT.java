package se.koordinera.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static se.koordinera.support.TestData.certificate;
import static se.koordinera.support.TestData.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.koordinera.access.Assignment;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

/**
 * R18, PDL 4 kap. 3 §: the unit manager's log extract covers their own unit; a care-provider-wide
 * extract belongs to the log-review role (logguppföljning) that the region administrator grants.
 */
@IntegrationTest
class LogReviewIT {

    static final LocalDate TODAY = TestClock.today();

    @Autowired TestData data;
    @Autowired ApiClient api;
    @Autowired JdbcClient jdbc;

    record Provider(TestData.Unit unit, TestData.Unit sibling, TestData.User coordinator, TestData.User siblingCoordinator,
            TestData.User manager, TestData.User admin, Personnummer patient) {
    }

    Provider provider() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.Unit sibling = data.siblingUnit(unit);
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User siblingCoordinator = data.coordinator(sibling.unitId());
        TestData.User manager = data.manager(unit.unitId());
        TestData.User admin = data.user(Set.of(Role.REGION_ADMIN), "ADMINISTRATOR",
                List.of(new Assignment(unit.unitId(), Purpose.ADMINISTRATION)));
        Personnummer patient = TestData.newPatientId();
        for (var at : List.of(Map.entry(unit, coordinator), Map.entry(sibling, siblingCoordinator))) {
            api.call(at.getValue(), post("/api/v1/certificates"), List.of(certificate("lr-" + TestData.unique(), patient, "Logga Mig",
                    at.getKey(), "DOC", "F43.2", period(TODAY.minusDays(3), TODAY.plusDays(20), 100))), 200);
            api.call(at.getValue(), get("/api/v1/patients/" + patient.value() + "/sick-leaves?unit=" + at.getKey().unitId()), null, 200);
        }
        return new Provider(unit, sibling, coordinator, siblingCoordinator, manager, admin, patient);
    }

    static List<String> units(JsonNode extract) {
        return extract.valueStream().map(e -> e.get("unitId").asText()).distinct().toList();
    }

    @Test
    @DisplayName("R18: the unit manager's extract lists the accesses at their own unit only, not at other units of the provider")
    void theUnitManagersExtractCoversTheirUnit() throws Exception {
        Provider p = provider();
        JsonNode extract = api.call(p.manager(), get("/api/v1/patients/" + p.patient().value() + "/access-log?unit=" + p.unit().unitId()),
                null, 200);
        assertThat(units(extract)).containsExactly(p.unit().unitId());
        assertThat(extract.toString()).doesNotContain(p.siblingCoordinator().hsaId());
    }

    @Test
    @DisplayName("R18: registering a preventive case at one's own unit opens no other unit's log for that personnummer")
    void aSelfMadeLinkOpensNothingElse() throws Exception {
        Provider p = provider();
        TestData.Unit other = data.siblingUnit(p.unit());
        TestData.User otherManager = data.manager(other.unitId());
        api.call(otherManager, post("/api/v1/cases?unit=" + other.unitId()), Map.of("patientId", p.patient().value(), "reason", "PREVENTIVE",
                "patientName", "Någon"), 201);
        JsonNode extract = api.call(otherManager, get("/api/v1/patients/" + p.patient().value() + "/access-log?unit=" + other.unitId()),
                null, 200);
        assertThat(units(extract)).containsExactly(other.unitId());
    }

    @Test
    @DisplayName("R18: the region administrator grants the log-review role; the reviewer sees the whole provider; revoking ends it")
    void theLogReviewerSeesTheWholeProvider() throws Exception {
        Provider p = provider();
        TestData.User reviewer = data.user(Set.of(), "SJUKSKOTERSKA", List.of(new Assignment(p.unit().unitId(), Purpose.ADMINISTRATION)));
        String extractUrl = "/api/v1/regions/" + p.unit().regionId() + "/patients/" + p.patient().value() + "/access-log";
        api.call(reviewer, get(extractUrl), null, 403);
        api.call(p.manager(), put("/api/v1/regions/" + p.unit().regionId() + "/log-reviewers/" + reviewer.hsaId()), null, 403);

        JsonNode reviewers = api.call(p.admin(), put("/api/v1/regions/" + p.unit().regionId() + "/log-reviewers/" + reviewer.hsaId()), null, 200);
        assertThat(reviewers.valueStream().map(r -> r.get("hsaId").asText())).containsExactly(reviewer.hsaId());
        JsonNode extract = api.call(reviewer, get(extractUrl), null, 200);
        assertThat(units(extract)).contains(p.unit().unitId(), p.sibling().unitId());
        // The reviewer's reading is itself in the log, under the purpose of quality assurance.
        assertThat(data.count("select count(*) from access_log where user_hsa_id = ? and patient_id = ? and assignment = 'Kvalitetssäkring'",
                reviewer.hsaId(), p.patient().value())).isEqualTo(1);
        // Another provider's reviewer sees nothing of this provider.
        api.call(reviewer, get("/api/v1/regions/" + data.newUnit().regionId() + "/patients/" + p.patient().value() + "/access-log"), null, 403);

        api.call(p.admin(), delete("/api/v1/regions/" + p.unit().regionId() + "/log-reviewers/" + reviewer.hsaId()), null, 200);
        api.call(reviewer, get(extractUrl), null, 403);
        assertThat(data.count("select count(*) from log_review_grant where user_hsa_id = ?", reviewer.hsaId())).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.sql("delete from log_review_grant where user_hsa_id = ?").param(reviewer.hsaId()).update())
                .rootCause().hasMessageContaining("append-only");
    }
}
