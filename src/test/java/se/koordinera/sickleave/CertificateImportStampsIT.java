package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.koordinera.support.TestData.certificate;
import static se.koordinera.support.TestData.period;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.koordinera.access.Role;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import's rules at the database, through the API, for a batch spanning two units of one
 * provider (the region-scale load's shape, issue 13): the unit stamps of V80/V81 advance for every
 * unit written, a PDL row is written for every imported patient at their unit, a refused batch
 * changes nothing at all, and the stamp triggers rewritten in V81 still stamp period-only changes.
 */
@IntegrationTest
class CertificateImportStampsIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;

    TestData.Unit unit;
    TestData.Unit sibling;
    TestData.User importer;
    static final LocalDate D = LocalDate.of(2026, 10, 1);

    @BeforeEach
    void setUp() {
        unit = data.newUnit();
        sibling = data.siblingUnit(unit);
        importer = data.user(Set.of(Role.REHAB_COORDINATOR), "FYSIOTERAPEUT", unit.unitId(), sibling.unitId());
    }

    @Test
    @DisplayName("A batch over two units advances both unit stamps and logs a write for every patient at their unit")
    void aBatchOverTwoUnitsStampsBothAndLogsEveryPatient() throws Exception {
        long unitBefore = stamp("UNIT", unit.unitId());
        long siblingBefore = stamp("UNIT", sibling.unitId());
        Personnummer a = TestData.newPatientId();
        Personnummer b = TestData.newPatientId();
        Personnummer c = TestData.newPatientId();
        importAs(List.of(cert(a, unit, period(D, D.plusDays(13), 100), period(D.plusDays(14), D.plusDays(30), 50)),
                cert(b, unit, period(D, D.plusDays(20), 100)), cert(c, sibling, period(D, D.plusDays(9), 75))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));

        assertThat(stamp("UNIT", unit.unitId())).isGreaterThan(unitBefore);
        assertThat(stamp("UNIT", sibling.unitId())).isGreaterThan(siblingBefore);
        assertThat(loggedWrites(unit.unitId())).containsExactlyInAnyOrder(a.value(), b.value());
        assertThat(loggedWrites(sibling.unitId())).containsExactly(c.value());
        assertThat(data.count("select sum(cardinality(period_from)) from certificate where care_unit_id in (?, ?)",
                unit.unitId(), sibling.unitId())).isEqualTo(4);
    }

    @Test
    @DisplayName("A refused batch (one unknown unit among valid certificates) leaves every table and stamp as it was")
    void aRefusedBatchChangesNothing() throws Exception {
        importAs(List.of(cert(TestData.newPatientId(), unit, period(D, D.plusDays(5), 100)))).andExpect(status().isOk());
        Map<String, Long> before = snapshot();

        Map<String, Object> unknownUnit = new HashMap<>(cert(TestData.newPatientId(), unit, period(D, D.plusDays(5), 100)));
        unknownUnit.put("careUnitId", "TSTUNIT-NOSUCHUNIT");
        Map<String, Object> badPeriod = cert(TestData.newPatientId(), sibling, period(D.plusDays(5), D, 100));
        mvc.perform(post("/api/v1/certificates").with(httpBasic(importer.username(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(List.of(cert(TestData.newPatientId(), unit, period(D, D.plusDays(5), 100)),
                                cert(TestData.newPatientId(), sibling, period(D, D.plusDays(5), 50)), badPeriod))))
                .andExpect(status().isBadRequest());
        assertThat(snapshot()).isEqualTo(before);

        // An unknown unit is refused as well (403: no assignment for it), also with valid certificates beside it.
        mvc.perform(post("/api/v1/certificates").with(httpBasic(importer.username(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(List.of(cert(TestData.newPatientId(), sibling, period(D, D.plusDays(5), 50)),
                                unknownUnit))))
                .andExpect(status().is4xxClientError());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    @DisplayName("V82: changing only a certificate's periods (by any writer) advances its unit's stamp, not another unit's")
    void periodOnlyWritesStampTheUnit() throws Exception {
        Map<String, Object> c = cert(TestData.newPatientId(), unit, period(D, D.plusDays(13), 100));
        importAs(List.of(c)).andExpect(status().isOk());

        long before = stamp("UNIT", unit.unitId());
        jdbc.sql("update certificate set period_degree = '{50}' where care_provider_id = ? and id = ?")
                .params(unit.regionId(), c.get("id")).update();
        long afterUpdate = stamp("UNIT", unit.unitId());
        assertThat(afterUpdate).isGreaterThan(before);

        jdbc.sql("update certificate set period_from = period_from || to_date, period_to = period_to || to_date, period_degree = period_degree || 25::smallint "
                        + "from (select ?::date as to_date) d where care_provider_id = ? and id = ?")
                .params(D.plusDays(20), unit.regionId(), c.get("id")).update();
        assertThat(stamp("UNIT", unit.unitId())).isGreaterThan(afterUpdate);
        assertThat(stamp("UNIT", sibling.unitId())).as("another unit's stamp is not touched").isZero();
    }

    @Test
    @DisplayName("V82: the database refuses periods the import's validation refuses, whoever writes them")
    void theDatabaseRefusesInvalidPeriods() throws Exception {
        Map<String, Object> c = cert(TestData.newPatientId(), unit, period(D, D.plusDays(13), 100));
        importAs(List.of(c)).andExpect(status().isOk());
        Map<String, Long> before = snapshot();
        String valid = "period_from = '{%s}', period_to = '{%s}', period_degree = '{100}'".formatted(D, D.plusDays(13));
        List<String> invalid = List.of(
                "period_degree = '{60}'",
                "period_degree = '{100,null}'::smallint[], period_from = period_from || '%s'::date, period_to = period_to || '%s'::date"
                        .formatted(D.plusDays(14), D.plusDays(20)),
                "period_from = '{%s}'".formatted(D.plusDays(14)),
                "period_from = '{}', period_to = '{}', period_degree = '{}'",
                "period_from = '{%s,%s}'".formatted(D, D.plusDays(1)),
                "period_to = array[null]::date[]",
                "period_from = '{{%s}}', period_to = '{{%s}}', period_degree = '{{100}}'".formatted(D, D.plusDays(13)));
        for (String set : invalid) {
            assertThatThrownBy(() -> jdbc.sql("update certificate set " + set + " where care_provider_id = ? and id = ?")
                    .params(unit.regionId(), c.get("id")).update())
                    .as(set).isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(jdbc.sql("update certificate set " + valid + " where care_provider_id = ? and id = ?")
                .params(unit.regionId(), c.get("id")).update()).isEqualTo(1);
    }

    @Test
    @DisplayName("The provider stamp advances for a renamed or newly protected patient, not for a new patient record (V81)")
    void providerStampFollowsWhatAListShows() throws Exception {
        Personnummer p = TestData.newPatientId();
        importAs(List.of(cert(p, unit, period(D, D.plusDays(13), 100)))).andExpect(status().isOk());
        long afterNewPatient = stamp("PROVIDER", unit.regionId());
        // The new record itself stamps nothing; its certificate stamped the unit (first test).
        assertThat(afterNewPatient).isZero();

        Map<String, Object> renamed = cert(p, unit, period(D.plusDays(14), D.plusDays(20), 50));
        renamed.put("patient", Map.of("id", p.value(), "name", "Nytt Namn"));
        importAs(List.of(renamed)).andExpect(status().isOk());
        assertThat(stamp("PROVIDER", unit.regionId())).isGreaterThan(afterNewPatient);
    }

    private ResultActions importAs(List<Map<String, Object>> body) throws Exception {
        return mvc.perform(post("/api/v1/certificates").with(httpBasic(importer.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    private static Map<String, Object> cert(Personnummer patient, TestData.Unit at, Object[]... periods) {
        return new HashMap<>(certificate("stamp-" + TestData.unique(), patient, "Patient " + patient.value(), at, "DOC1", "F43.8A", periods));
    }

    private long stamp(String kind, String id) {
        return jdbc.sql("select version from data_version where kind = ? and id = ?").params(kind, id).query(Long.class).optional().orElse(0L);
    }

    private List<String> loggedWrites(String unitId) {
        return jdbc.sql("select trim(patient_id) from access_log where unit_id = ? and action = 'WRITE' and user_hsa_id = ?")
                .params(unitId, importer.hsaId()).query(String.class).list();
    }

    /** Row counts of everything an import writes, and the stamps of both units and the provider. */
    private Map<String, Long> snapshot() {
        Map<String, Long> s = new HashMap<>();
        for (String unitId : List.of(unit.unitId(), sibling.unitId())) {
            s.put("certificates " + unitId, data.count("select count(*) from certificate where care_unit_id = ?", unitId));
            s.put("log " + unitId, data.count("select count(*) from access_log where unit_id = ?", unitId));
            s.put("stamp " + unitId, stamp("UNIT", unitId));
        }
        s.put("periods", data.count("select coalesce(sum(cardinality(period_from)), 0) from certificate where care_provider_id = ?",
                unit.regionId()));
        s.put("patients", data.count("select count(*) from patient where care_provider_id = ?", unit.regionId()));
        s.put("stamp provider", stamp("PROVIDER", unit.regionId()));
        return s;
    }
}
