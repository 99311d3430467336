package se.koordinera.sickleave.web;

import se.koordinera.support.TestClock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test unit with known certificates (relative to today), imported through the API:
 * <pre>
 * p1 F 40y  F43.2  today-10 .. today+20 100 %           31 days, doctor = the unit's doctor
 * p2 M 50y  M54.5  today-100 .. today+10 50 %          111 days
 * p3 F 30y  F32.1  today-400 .. today-200 100 %, then today-199 .. today+5 25 %  406 days, degrees 100, 25
 * p4 M 60y  J06.9  today-5 .. today+2 75 %               8 days
 * p5 F 45y  S82.1  today-30 .. today-3 100 %           ended 3 days ago: only with endedWithinDays >= 3
 * p6 M 35y  F43.8A today-60 .. today-20 100 %, today-17 .. today+10 50 %: gap of 2 days,
 *                   one case of 69 days with maxGapDays >= 2, else a case of 28 days
 * </pre>
 */
final class KnownUnit {

    final TestData.Unit unit;
    final TestData.User coordinator;
    final TestData.User doctor;
    final LocalDate today = TestClock.today();
    final Personnummer p1;
    final Personnummer p2;
    final Personnummer p3;
    final Personnummer p4;
    final Personnummer p5;
    final Personnummer p6;
    final String otherDoctor = "TSTNMT-OTHER-" + TestData.unique().toUpperCase();

    KnownUnit(TestData testData, MockMvc mvc, JsonMapper json) throws Exception {
        unit = testData.newUnit();
        coordinator = testData.coordinator(unit.unitId());
        doctor = testData.doctor(unit.unitId());
        p1 = person(40, true);
        p2 = person(50, false);
        p3 = person(30, true);
        p4 = person(60, false);
        p5 = person(45, true);
        p6 = person(35, false);
        List<Map<String, Object>> certs = new ArrayList<>();
        certs.add(cert(p1, "Anna Ettan", doctor.hsaId(), "F43.2", false, period(-10, 20, 100)));
        certs.add(cert(p2, "Bertil Tvåan", otherDoctor, "M54.5", false, period(-100, 10, 50)));
        certs.add(cert(p3, "Cecilia Trean", otherDoctor, "F32.1", false, period(-400, -200, 100)));
        certs.add(cert(p3, "Cecilia Trean", otherDoctor, "F32.1", false, period(-199, 5, 25)));
        certs.add(cert(p4, "David Fyran", otherDoctor, "J06.9", false, period(-5, 2, 75)));
        certs.add(cert(p5, "Eva Femman", otherDoctor, "S82.1", false, period(-30, -3, 100)));
        certs.add(cert(p6, "Filip Sexan", otherDoctor, "F43.8A", false, period(-60, -20, 100)));
        certs.add(cert(p6, "Filip Sexan", otherDoctor, "F43.8A", false, period(-17, 10, 50)));
        importAll(mvc, json, coordinator, certs);
    }

    static void importAll(MockMvc mvc, JsonMapper json, TestData.User user, List<Map<String, Object>> certs) throws Exception {
        mvc.perform(post("/api/v1/certificates").with(httpBasic(user.username(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(certs)))
                .andExpect(status().is2xxSuccessful());
    }

    /** A personnummer of the given age (on today) and sex. */
    Personnummer person(int age, boolean female) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = today.minusYears(age).minusDays(1 + r.nextInt(300));
        int serial = r.nextInt(50) * 10 + (female ? 2 : 1) + r.nextInt(4) * 2;
        return Personnummer.of(birth, serial, false);
    }

    Object[] period(int from, int to, int degree) {
        return TestData.period(today.plusDays(from), today.plusDays(to), degree);
    }

    Map<String, Object> cert(Personnummer patient, String name, String doctorId, String diagnosis, boolean protectedIdentity,
            Object[]... periods) {
        Map<String, Object> c = new HashMap<>(TestData.certificate("C-" + TestData.unique(), patient, name, unit, doctorId, diagnosis, periods));
        if (protectedIdentity) {
            c.put("patient", Map.of("id", patient.value(), "name", name, "protectedIdentity", true));
        }
        if (doctorId.equals(doctor.hsaId())) {
            c.put("doctor", Map.of("id", doctorId, "name", doctor.user().name()));
        }
        return c;
    }
}
