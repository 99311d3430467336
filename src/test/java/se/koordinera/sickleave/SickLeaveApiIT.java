package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.koordinera.support.TestData.certificate;
import static se.koordinera.support.TestData.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.koordinera.access.Role;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/** The unit's sick-leave list and the patient's cases, end to end through HTTP, security, the engine and PostgreSQL. */
@IntegrationTest
class SickLeaveApiIT {

    static final LocalDate ON = LocalDate.of(2026, 2, 20);

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired TestData data;

    TestData.Unit unit;
    TestData.User coordinator;
    Personnummer anna; // 02-01..02-10 and 02-16..02-28: one case with gap 5, two with gap 4
    Personnummer bengt; // ended 02-12, 8 days before the active date
    Personnummer cecilia; // starts after the active date: never listed
    Personnummer david; // 100 % then 50 %, F-diagnosis, older man

    @BeforeEach
    void setUp() throws Exception {
        unit = data.newUnit();
        coordinator = data.coordinator(unit.unitId());
        anna = Personnummer.of(LocalDate.of(1980, 5, 5), 242, false); // even second-to-last digit: woman
        bengt = Personnummer.of(LocalDate.of(1990, 6, 6), 111, false);
        cecilia = Personnummer.of(LocalDate.of(1985, 7, 7), 482, false);
        david = Personnummer.of(LocalDate.of(1960, 8, 8), 331, false);
        List<Object> batch = new ArrayList<>();
        batch.add(certificate(id(), anna, "Anna Andersson", unit, "DOC-A", "M54.5",
                period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10), 100)));
        batch.add(certificate(id(), anna, "Anna Andersson", unit, "DOC-A", "M54.5",
                period(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 28), 50)));
        batch.add(certificate(id(), bengt, "Bengt Berg", unit, "DOC-B", "S82.1",
                period(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 12), 100)));
        batch.add(certificate(id(), cecilia, "Cecilia Ceder", unit, "DOC-A", "F32.1",
                period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 100)));
        batch.add(certificate(id(), david, "David Dahl", unit, "DOC-B", "F43.8A",
                period(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31), 100), period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31), 50)));
        mvc.perform(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(batch))).andExpect(status().isOk());
    }

    static String id() {
        return "sl-" + TestData.unique();
    }

    ResultActions list(String query) throws Exception {
        return list(coordinator, query);
    }

    ResultActions list(TestData.User user, String query) throws Exception {
        return mvc.perform(get("/api/v1/units/" + unit.unitId() + "/sick-leaves?activeOn=" + ON + query)
                .with(httpBasic(user.username(), TestData.PASSWORD)));
    }

    @Test
    @DisplayName("R1: certificates a gap of exactly the max gap apart make one sick leave, one day more makes two")
    void gapOfExactlyMaxGapDaysMergesAndOneMoreSplits() throws Exception {
        // Anna: 02-01..02-10 then 02-16..02-28: five gap days (11-15).
        list("&maxGapDays=5&q=Anna").andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.maxGapDays").value(5))
                .andExpect(jsonPath("$.items[0].start").value("2026-02-01"))
                .andExpect(jsonPath("$.items[0].end").value("2026-02-28"))
                .andExpect(jsonPath("$.items[0].days").value(10 + 13))
                .andExpect(jsonPath("$.items[0].certificates").value(2))
                .andExpect(jsonPath("$.items[0].degrees[0]").value(100))
                .andExpect(jsonPath("$.items[0].degrees[1]").value(50))
                .andExpect(jsonPath("$.items[0].active").value(true))
                .andExpect(jsonPath("$.items[0].patient.gender").value("F"));
        list("&maxGapDays=4&q=Anna").andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].start").value("2026-02-16"))
                .andExpect(jsonPath("$.items[0].days").value(13));
    }

    @Test
    void endedWithinDaysAndCasesStartingLaterFollowTheListingRule() throws Exception {
        list("").andExpect(jsonPath("$.total").value(2)); // Anna and David
        list("&endedWithinDays=7").andExpect(jsonPath("$.total").value(2)); // Bengt ended 8 days before
        list("&endedWithinDays=8").andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[?(@.patient.name == 'Bengt Berg')].active").value(false));
        list("&q=Cecilia").andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void currentDegreeDiagnosisAndDoctorComeFromTheCertificateActiveOnTheDate() throws Exception {
        list("&q=David").andExpect(jsonPath("$.items[0].degree").value(50))
                .andExpect(jsonPath("$.items[0].days").value(31 + 31 + 28 + 31))
                .andExpect(jsonPath("$.items[0].diagnosis.code").value("F43.8A"))
                .andExpect(jsonPath("$.items[0].doctor.id").value("DOC-B"))
                .andExpect(jsonPath("$.items[0].patient.gender").value("M"))
                .andExpect(jsonPath("$.items[0].patient.age").value(65));
    }

    @Test
    void everyFilterNarrowsTheList() throws Exception {
        list("&doctorId=DOC-A").andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].patient.name").value("Anna Andersson"));
        list("&diagnosisChapter=F00-F99").andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].patient.name").value("David Dahl"));
        list("&diagnosisChapter=M00-M99,F00-F99").andExpect(jsonPath("$.total").value(2));
        list("&degree=50").andExpect(jsonPath("$.total").value(2));
        list("&degree=100").andExpect(jsonPath("$.total").value(0));
        list("&gender=M").andExpect(jsonPath("$.total").value(1));
        list("&minAge=60").andExpect(jsonPath("$.total").value(1));
        list("&maxAge=50").andExpect(jsonPath("$.total").value(1));
        list("&minDays=100").andExpect(jsonPath("$.total").value(1));
        list("&maxDays=30").andExpect(jsonPath("$.total").value(1));
        list("&q=" + david.value().substring(2, 8)).andExpect(jsonPath("$.total").value(1));
        list("&q=dahl").andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void sortingAndPaging() throws Exception {
        list("&sort=days").andExpect(jsonPath("$.items[0].patient.name").value("Anna Andersson"));
        list("&sort=-days").andExpect(jsonPath("$.items[0].patient.name").value("David Dahl"));
        list("&sort=patient").andExpect(jsonPath("$.items[0].patient.name").value("Anna Andersson"));
        list("&sort=-start&limit=1&offset=1").andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].patient.name").value("David Dahl"));
    }

    @Test
    void badFiltersAre400WithEveryFieldNamed() throws Exception {
        mvc.perform(get("/api/v1/units/" + unit.unitId() + "/sick-leaves?maxGapDays=91&endedWithinDays=15&gender=X&sort=name"
                        + "&diagnosisChapter=F99-F00&activeOn=2026-13-01").with(httpBasic(coordinator.username(), TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(6));
    }

    @Test
    void theUsersSettingIsTheDefaultMaxGap(@Autowired OverviewSettingsService settings) throws Exception {
        settings.save(coordinator.hsaId(), new OverviewSettings(4, 0, null, null));
        list("&q=Anna").andExpect(jsonPath("$.maxGapDays").value(4)).andExpect(jsonPath("$.items[0].days").value(13));
    }

    @Test
    @DisplayName("R2: another unit's sick leaves are refused and a patient without data here is not found")
    void anotherUnitsDataIs403AndAPatientWithoutDataHereIs404() throws Exception {
        TestData.Unit other = data.newUnit();
        TestData.User stranger = data.coordinator(other.unitId());
        list(stranger, "").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patients/" + anna.value() + "/sick-leaves?unit=" + other.unitId())
                        .with(httpBasic(stranger.username(), TestData.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/patients/" + anna.value() + "/sick-leaves?unit=" + unit.unitId())
                        .with(httpBasic(stranger.username(), TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patients/19121212-1213/sick-leaves?unit=" + unit.unitId())
                        .with(httpBasic(coordinator.username(), TestData.PASSWORD)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void patientCasesAreNewestFirstWithCertificatesAndPeriods() throws Exception {
        mvc.perform(get("/api/v1/patients/" + anna.formatted() + "/sick-leaves?unit=" + unit.unitId())
                        .with(httpBasic(coordinator.username(), TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].certificates.length()").value(2))
                .andExpect(jsonPath("$[0].certificates[1].periods[0].degree").value(50));
    }

    @Test
    @DisplayName("R18: a listing logs each listed patient once per user, function and day")
    void listingLogsEachListedPatientOncePerUserFunctionAndDay() throws Exception {
        list("");
        list("");
        long logged = data.count("select count(*) from access_log where unit_id = ? and user_hsa_id = ? and function = 'sjukfallsöversikt'",
                unit.unitId(), coordinator.hsaId());
        assertThat(logged).isEqualTo(2); // Anna and David, once each
        assertThat(data.count("select count(*) from access_log where unit_id = ? and function = 'sjukfallsöversikt' and patient_id = ?",
                unit.unitId(), cecilia.value())).isZero();
    }

    @Test
    @DisplayName("R18: a protected identity is shown only to the doctor who issued the certificate, and without the name")
    void protectedIdentityIsShownOnlyToTheDoctorWhoIssuedTheCertificateAndWithoutName() throws Exception {
        TestData.User doctor = data.user(java.util.Set.of(Role.DOCTOR), "LAKARE", unit.unitId());
        Personnummer hidden = TestData.newPatientId();
        Map<String, Object> c = new HashMap<>(certificate(id(), hidden, "Hemlig Person", unit, doctor.hsaId(), "F41.1",
                period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), 100)));
        c.put("patient", Map.of("id", hidden.value(), "name", "Hemlig Person", "protectedIdentity", true));
        mvc.perform(post("/api/v1/certificates").with(httpBasic(coordinator.username(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(List.of(c)))).andExpect(status().isOk());

        list(coordinator, "&q=" + hidden.value()).andExpect(jsonPath("$.total").value(0));
        list(doctor, "&q=" + hidden.value()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].patient.name").value(SickLeaveService.PROTECTED_NAME));
        list(doctor, "&q=Hemlig").andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/patients/" + hidden.value() + "/sick-leaves?unit=" + unit.unitId())
                .with(httpBasic(coordinator.username(), TestData.PASSWORD))).andExpect(status().isNotFound());
    }
}
