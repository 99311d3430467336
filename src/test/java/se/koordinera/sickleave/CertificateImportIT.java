package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.koordinera.support.TestData.certificate;
import static se.koordinera.support.TestData.period;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class CertificateImportIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    TestData.Unit unit;
    TestData.User coordinator;
    static final LocalDate D = LocalDate.of(2026, 10, 1);

    @BeforeEach
    void setUp() {
        unit = data.newUnit();
        coordinator = data.coordinator(unit.unitId());
    }

    ResultActions importAs(TestData.User user, Object body) throws Exception {
        return mvc.perform(post("/api/v1/certificates").with(httpBasic(user.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    @Test
    void importIsIdempotentAndACorrectionReplacesTheEarlierVersion() throws Exception {
        Personnummer patient = TestData.newPatientId();
        Map<String, Object> c1 = certificate("imp-" + TestData.unique(), patient, "Tolvan Tolvansson", unit, "DOC1", "F43.8A",
                period(D, D.plusDays(13), 100), period(D.plusDays(14), D.plusDays(41), 50));
        Map<String, Object> c2 = certificate("imp-" + TestData.unique(), patient, "Tolvan Tolvansson", unit, "DOC1", "F43.8A",
                period(D.plusDays(42), D.plusDays(60), 25));

        importAs(coordinator, List.of(c1, c2)).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.unchanged").value(0));
        importAs(coordinator, List.of(c1, c2)).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(0)).andExpect(jsonPath("$.unchanged").value(2));

        Map<String, Object> corrected = new HashMap<>(c2);
        corrected.put("periods", List.of(Map.of("from", D.plusDays(42).toString(), "to", D.plusDays(90).toString(), "degree", 75)));
        importAs(coordinator, List.of(c1, corrected)).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1)).andExpect(jsonPath("$.unchanged").value(1));

        assertThat(jdbc.sql("select end_date from certificate where id = ?").param(c2.get("id")).query(LocalDate.class).single())
                .isEqualTo(D.plusDays(90));
        assertThat(data.count("select cardinality(period_from) from certificate where id = ?", c2.get("id"))).isEqualTo(1);
        assertThat(jdbc.sql("select period_degree[1] from certificate where id = ?").param(c2.get("id")).query(Integer.class).single())
                .isEqualTo(75);
        // R18: the import is logged as a write for the patient at the unit.
        assertThat(data.count("select count(*) from access_log where patient_id = ? and unit_id = ? and action = 'WRITE'",
                patient.value(), unit.unitId())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anInvalidBatchIsRejectedWithEveryErrorListedAndNothingStored() throws Exception {
        Personnummer good = TestData.newPatientId();
        Map<String, Object> valid = certificate("ok-" + TestData.unique(), good, "Giltig Patient", unit, "DOC1", "M54.5",
                period(D, D.plusDays(10), 100));
        Map<String, Object> bad = new HashMap<>(certificate("bad-" + TestData.unique(), good, "Ogiltig", unit, "DOC1", "M54.5",
                period(D, D.plusDays(10), 100)));
        bad.put("patient", Map.of("id", "191212121213", "name", "Fel Kontrollsiffra"));
        bad.put("diagnosis", Map.of("code", "XYZ"));
        bad.put("periods", List.of(Map.of("from", "2026-10-10", "to", "2026-10-01", "degree", 100),
                Map.of("from", "2026-11-01", "to", "2026-11-10", "degree", 60)));
        Map<String, Object> duplicate = new HashMap<>(valid);

        long certificates = data.count("certificate");
        long patients = data.count("patient");
        String periodCount = "select coalesce(sum(cardinality(period_from)), 0) from certificate";
        long periods = jdbc.sql(periodCount).query(Long.class).single();
        long log = data.count("access_log");

        importAs(coordinator, List.of(valid, bad, duplicate))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ogiltig indata"))
                .andExpect(jsonPath("$.errors[?(@.field == '[1].patient.id')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == '[1].diagnosis.code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == '[1].periods[0]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == '[1].periods[1].degree')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == '[2].id')]").exists());

        assertThat(data.count("certificate")).isEqualTo(certificates);
        assertThat(data.count("patient")).isEqualTo(patients);
        assertThat(jdbc.sql(periodCount).query(Long.class).single()).isEqualTo(periods);
        assertThat(data.count("access_log")).isEqualTo(log);
    }

    @Test
    void overlappingPeriodsInOneCertificateAreRejected() throws Exception {
        Map<String, Object> c = certificate("ovl-" + TestData.unique(), TestData.newPatientId(), "Överlapp", unit, "DOC1", "F32.1",
                period(D, D.plusDays(10), 100), period(D.plusDays(10), D.plusDays(20), 50));
        importAs(coordinator, List.of(c)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[0].periods[1]"));
    }

    @Test
    void importNeedsAnAssignmentForEveryUnitInTheBatchAndStoresNothingOtherwise() throws Exception {
        TestData.Unit other = data.newUnit();
        Map<String, Object> mine = certificate("mine-" + TestData.unique(), TestData.newPatientId(), "Min Patient", unit, "DOC1", "F43.2",
                period(D, D.plusDays(10), 100));
        Map<String, Object> theirs = certificate("theirs-" + TestData.unique(), TestData.newPatientId(), "Annan Patient", other, "DOC1",
                "F43.2", period(D, D.plusDays(10), 100));
        long certificates = data.count("certificate");
        importAs(coordinator, List.of(mine, theirs)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(data.count("certificate")).isEqualTo(certificates);
    }

    @Test
    void careProviderMustBeTheUnitsRegion() throws Exception {
        Map<String, Object> c = new HashMap<>(certificate("cp-" + TestData.unique(), TestData.newPatientId(), "Fel Vårdgivare", unit,
                "DOC1", "F43.2", period(D, D.plusDays(10), 100)));
        c.put("careProviderId", "TSTNMT-NOT-THE-REGION");
        importAs(coordinator, List.of(c)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[0].careProviderId"));
    }

    @Test
    void withoutLoginTheApiAnswers401WithProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/certificates").contentType(MediaType.APPLICATION_JSON).content("[]"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsPath() throws Exception {
        String body = "[{\"id\":\"t\",\"periods\":[{\"from\":\"2026-10-01\",\"to\":\"2026-10-02\",\"degree\":\"50%\"}]}]";
        mvc.perform(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("[0].periods[0].degree"));
    }

    @Test
    void aMissingUnitParameterIsNamed() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/patients/191212121212/sick-leaves").with(httpBasic(coordinator.username(), TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
    }

    @Test
    void malformedJsonIs400() throws Exception {
        mvc.perform(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("[{\"id\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    @DisplayName("R18: the access log is append-only, enforced by PostgreSQL")
    void theAccessLogIsAppendOnlyForTheApplicationsDatabaseRole() {
        long id = jdbc.sql("""
                insert into access_log (user_hsa_id, user_name, assignment, unit_id, patient_id, function, action)
                values ('X', 'X', 'Vård och behandling', ?, '191212121212', 'test', 'READ') returning id""")
                .param(unit.unitId()).query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update access_log set function = 'x' where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate access_log").update()).rootCause().hasMessageContaining("append-only");
    }
}
