package se.koordinera.audit;

import se.koordinera.support.TestClock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.koordinera.support.TestData.certificate;
import static se.koordinera.support.TestData.period;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/** R18: the patient's log extract shows who read or wrote their data; only the unit's manager may take it out. */
@IntegrationTest
class AccessLogExtractIT {

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired TestData data;
    @Autowired se.koordinera.region.RegionService regions;

    @Test
    @DisplayName("R18: the unit manager's extract shows who read and wrote the patient's data")
    void managerSeesWhoReadAndWroteThePatientsData() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User manager = data.manager(unit.unitId());
        Personnummer patient = TestData.newPatientId();
        LocalDate today = TestClock.today();
        mvc.perform(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(List.of(certificate("log-" + TestData.unique(),
                        patient, "Logga Mig", unit, "DOC", "F43.2", period(today.minusDays(3), today.plusDays(20), 100))))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/patients/" + patient.value() + "/sick-leaves?unit=" + unit.unitId())
                .with(httpBasic(coordinator.username(), TestData.PASSWORD))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/patients/" + patient.value() + "/access-log?unit=" + unit.unitId())
                        .with(httpBasic(manager.username(), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.userHsaId == '" + coordinator.hsaId() + "' && @.function == 'patientens sjukfall')]").exists())
                .andExpect(jsonPath("$[?(@.userHsaId == '" + coordinator.hsaId() + "' && @.action == 'WRITE')]").exists())
                .andExpect(jsonPath("$[0].assignment").value("Vård och behandling"));
    }

    @Test
    @DisplayName("R18: only the unit's manager may take out the extract")
    void onlyTheUnitsManagerMayTakeOutTheExtract() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User otherManager = data.manager(data.newUnit().unitId());
        Personnummer patient = TestData.newPatientId();
        mvc.perform(get("/api/v1/patients/" + patient.value() + "/access-log?unit=" + unit.unitId())
                .with(httpBasic(coordinator.username(), TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patients/" + patient.value() + "/access-log?unit=" + unit.unitId())
                .with(httpBasic(otherManager.username(), TestData.PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void aManagerOfAnotherUnitWithACareAssignmentHereIsStillRefused() throws Exception {
        TestData.Unit unitA = data.newUnit();
        TestData.Unit unitB = data.siblingUnit(unitA);
        TestData.User managerOfA = data.user(java.util.Set.of(se.koordinera.access.Role.UNIT_MANAGER), "SJUKSKOTERSKA",
                unitA.unitId(), unitB.unitId());
        regions.setManager(unitA.unitId(), managerOfA.hsaId());
        TestData.User coordinator = data.coordinator(unitB.unitId());
        Personnummer patient = TestData.newPatientId();
        LocalDate today = TestClock.today();
        mvc.perform(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(List.of(certificate("mB-" + TestData.unique(),
                        patient, "Patient På B", unitB, "DOC", "F43.2", period(today.minusDays(3), today.plusDays(20), 100))))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/patients/" + patient.value() + "/access-log?unit=" + unitB.unitId())
                .with(httpBasic(managerOfA.username(), TestData.PASSWORD))).andExpect(status().isForbidden());
        regions.setManager(unitB.unitId(), managerOfA.hsaId());
        mvc.perform(get("/api/v1/patients/" + patient.value() + "/access-log?unit=" + unitB.unitId())
                .with(httpBasic(managerOfA.username(), TestData.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aPatientWithoutDataAtTheUnitIs404() throws Exception {
        TestData.Unit unit = data.newUnit();
        TestData.User manager = data.manager(unit.unitId());
        mvc.perform(get("/api/v1/patients/" + TestData.newPatientId().value() + "/access-log?unit=" + unit.unitId())
                .with(httpBasic(manager.username(), TestData.PASSWORD))).andExpect(status().isNotFound());
    }
}
