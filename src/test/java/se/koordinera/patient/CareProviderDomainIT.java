package se.koordinera.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.koordinera.support.TestData.certificate;
import static se.koordinera.support.TestData.period;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PDL 4 kap.: every care provider (vårdgivare) is its own information domain. Two providers
 * import the same personnummer; nothing one of them stores changes or reveals what the other
 * sees. Inside a provider, a patient hidden by protected identity looks exactly like an unknown one.
 */
@IntegrationTest
class CareProviderDomainIT {

    static final LocalDate TODAY = TestClock.today();

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired TestData data;
    @Autowired ApiClient api;

    static Map<String, Object> cert(String id, Personnummer patient, String name, Boolean protectedIdentity, TestData.Unit unit,
            String doctorId) {
        Map<String, Object> c = new HashMap<>(certificate(id, patient, name, unit, doctorId, "F43.2",
                period(TODAY.minusDays(10), TODAY.plusDays(20), 100)));
        Map<String, Object> p = new HashMap<>();
        p.put("id", patient.value());
        p.put("name", name);
        if (protectedIdentity != null) {
            p.put("protectedIdentity", protectedIdentity);
        }
        c.put("patient", p);
        return c;
    }

    /** The raw answer: status and body exactly as sent, for byte-for-byte comparison. */
    MvcResult raw(TestData.User user, MockHttpServletRequestBuilder request, Object body) throws Exception {
        request.with(SecurityMockMvcRequestPostProcessors.httpBasic(user.username(), TestData.PASSWORD));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request).andReturn();
    }

    static String answer(MvcResult r) throws Exception {
        return r.getResponse().getStatus() + " " + r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("R18: another care provider's import of the same personnummer changes neither the name nor the protection a provider sees")
    void anotherProvidersImportChangesNothingHere() throws Exception {
        TestData.Unit kalmar = data.newUnit(false);
        TestData.Unit vgr = data.newUnit(true);
        TestData.User kalmarCoordinator = data.coordinator(kalmar.unitId());
        TestData.User vgrCoordinator = data.coordinator(vgr.unitId());
        Personnummer patient = TestData.newPatientId();
        api.call(kalmarCoordinator, post("/api/v1/certificates"), List.of(cert("k-" + TestData.unique(), patient, "Karin Kalmarsson", null,
                kalmar, "DOC-K")), 200);
        api.call(vgrCoordinator, post("/api/v1/certificates"), List.of(cert("v-" + TestData.unique(), patient, "Helt Annat Namn", true,
                vgr, "DOC-V")), 200);

        JsonNode list = api.call(kalmarCoordinator, get("/api/v1/units/" + kalmar.unitId() + "/sick-leaves?q=" + patient.value()), null, 200);
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("patient").get("name").asText()).isEqualTo("Karin Kalmarsson");
        JsonNode cases = api.call(kalmarCoordinator, get("/api/v1/patients/" + patient.value() + "/sick-leaves?unit=" + kalmar.unitId()),
                null, 200);
        assertThat(cases.get(0).get("summary").get("patient").get("name").asText()).isEqualTo("Karin Kalmarsson");
        // VGR's own record is protected: its coordinator does not see the patient at all.
        JsonNode vgrList = api.call(vgrCoordinator, get("/api/v1/units/" + vgr.unitId() + "/sick-leaves?q=" + patient.value()), null, 200);
        assertThat(vgrList.get("total").asInt()).isZero();
    }

    @Test
    @DisplayName("R4: a preventive registration answers byte for byte the same whether or not another care provider has flagged the person")
    void preventiveRegistrationIsNoOracleForAnotherProvidersData() throws Exception {
        TestData.Unit kalmar = data.newUnit(false);
        TestData.Unit vgr = data.newUnit(true);
        TestData.User kalmarCoordinator = data.coordinator(kalmar.unitId());
        TestData.User vgrCoordinator = data.coordinator(vgr.unitId());
        Personnummer flagged = TestData.newPatientId();
        Personnummer unknown = TestData.newPatientId();
        api.call(kalmarCoordinator, post("/api/v1/certificates"), List.of(cert("k-" + TestData.unique(), flagged, "Skyddad Person", true,
                kalmar, "DOC-K")), 200);

        String withoutName = "/api/v1/cases?unit=" + vgr.unitId();
        String a = answer(raw(vgrCoordinator, post(withoutName), Map.of("patientId", flagged.value(), "reason", "PREVENTIVE")));
        String b = answer(raw(vgrCoordinator, post(withoutName), Map.of("patientId", unknown.value(), "reason", "PREVENTIVE")));
        assertThat(a).startsWith("400").isEqualTo(b);

        JsonNode x = json.readTree(raw(vgrCoordinator, post(withoutName), Map.of("patientId", flagged.value(), "reason", "PREVENTIVE",
                "patientName", "Angivet Namn")).getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode y = json.readTree(raw(vgrCoordinator, post(withoutName), Map.of("patientId", unknown.value(), "reason", "PREVENTIVE",
                "patientName", "Angivet Namn")).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(x.get("patientName").asText()).isEqualTo("Angivet Namn").isEqualTo(y.get("patientName").asText());
        assertThat(x.get("state").asText()).isEqualTo(y.get("state").asText());
        assertThat(x.propertyNames()).containsExactlyElementsOf(y.propertyNames());
    }

    @Test
    @DisplayName("Certificate ids are unique per care provider: an id another provider uses imports exactly like a new id")
    void certificateIdsBelongToTheirProvider() throws Exception {
        TestData.Unit kalmar = data.newUnit(false);
        TestData.Unit vgr = data.newUnit(true);
        TestData.User kalmarCoordinator = data.coordinator(kalmar.unitId());
        TestData.User vgrCoordinator = data.coordinator(vgr.unitId());
        String shared = "same-" + TestData.unique();
        Personnummer kalmarPatient = TestData.newPatientId();
        api.call(kalmarCoordinator, post("/api/v1/certificates"), List.of(cert(shared, kalmarPatient, "Kalmar Patient", null, kalmar,
                "DOC-K")), 200);

        String usedElsewhere = answer(raw(vgrCoordinator, post("/api/v1/certificates"),
                List.of(cert(shared, TestData.newPatientId(), "Vgr Patient", null, vgr, "DOC-V"))));
        String fresh = answer(raw(vgrCoordinator, post("/api/v1/certificates"),
                List.of(cert("new-" + TestData.unique(), TestData.newPatientId(), "Vgr Patient", null, vgr, "DOC-V"))));
        assertThat(usedElsewhere).isEqualTo(fresh).startsWith("200");
        // Kalmar's certificate is untouched: same patient, same unit.
        assertThat(data.count("select count(*) from certificate where id = ? and care_unit_id = ? and patient_id = ?", shared,
                kalmar.unitId(), kalmarPatient.value())).isEqualTo(1);
        assertThat(data.count("select count(*) from certificate where id = ?", shared)).isEqualTo(2);
    }

    @Test
    @DisplayName("R2: a protected patient the user may not see looks exactly like an unknown personnummer, in every path")
    void aHiddenPatientLooksExactlyLikeAnUnknownOne() throws Exception {
        TestData.Unit unit = data.newUnit(true);
        TestData.User coordinator = data.coordinator(unit.unitId());
        TestData.User issuer = data.doctor(unit.unitId());
        Personnummer hidden = TestData.newPatientId();
        Personnummer unknown = TestData.newPatientId();
        api.call(issuer, post("/api/v1/certificates"), List.of(cert("p-" + TestData.unique(), hidden, "Skyddad Person", true, unit,
                issuer.hsaId())), 200);
        // The issuing doctor sees the patient and registers a case; the coordinator must not see it anywhere.
        long caseId = api.call(issuer, post("/api/v1/cases?unit=" + unit.unitId()), Map.of("patientId", hidden.value(),
                "reason", "SICK_LEAVE"), 201).get("id").asLong();

        String q = "?unit=" + unit.unitId();
        for (String path : List.of("/api/v1/patients/%s/consents" + q, "/api/v1/patients/%s/journal" + q,
                "/api/v1/patients/%s/sick-leaves" + q)) {
            // The answer names the path the client asked for; apart from that it must be the same.
            String h = answer(raw(coordinator, get(path.formatted(hidden.value())), null)).replace(hidden.value(), "PNR");
            String u = answer(raw(coordinator, get(path.formatted(unknown.value())), null)).replace(unknown.value(), "PNR");
            assertThat(h).as(path).startsWith("404").isEqualTo(u);
        }
        Map<String, Object> consent = Map.of("scope", "COORDINATION", "form", "ORAL", "given", TODAY.toString());
        assertThat(answer(raw(coordinator, post("/api/v1/patients/" + hidden.value() + "/consents" + q), consent)).replace(hidden.value(), "PNR"))
                .isEqualTo(answer(raw(coordinator, post("/api/v1/patients/" + unknown.value() + "/consents" + q), consent)).replace(unknown.value(), "PNR"));
        String sickLeaveHidden = answer(raw(coordinator, post("/api/v1/cases" + q), Map.of("patientId", hidden.value(), "reason", "SICK_LEAVE")));
        String sickLeaveUnknown = answer(raw(coordinator, post("/api/v1/cases" + q), Map.of("patientId", unknown.value(), "reason", "SICK_LEAVE")));
        assertThat(sickLeaveHidden).startsWith("409").isEqualTo(sickLeaveUnknown);

        assertThat(answer(raw(coordinator, get("/api/v1/cases/" + caseId + q), null))).startsWith("404");
        JsonNode list = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/cases"), null, 200);
        assertThat(list.toString()).doesNotContain(hidden.value());
        JsonNode own = api.call(issuer, get("/api/v1/units/" + unit.unitId() + "/cases"), null, 200);
        assertThat(own.toString()).contains(hidden.value()).doesNotContain("Skyddad Person");
    }
}
