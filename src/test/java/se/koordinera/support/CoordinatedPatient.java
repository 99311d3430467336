package se.koordinera.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.koordinera.support.TestData.period;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.koordinera.patient.Personnummer;
import tools.jackson.databind.JsonNode;

/**
 * A unit with one patient who has been through the whole coordination: certificate (with a
 * secondary diagnosis), case, assessment, offer, consents, intervention, FK notice, plan and
 * its follow-up, a meeting with minutes and a withdrawn consent. Built through the JSON API.
 */
public class CoordinatedPatient {

    public final TestData.Unit unit;
    public final TestData.User coordinator;
    public final TestData.User doctor;
    public final TestData.User manager;
    public final Personnummer patient;
    public final String certificateId;
    public final long caseId;
    public final long meetingId;
    public final LocalDate today = TestClock.today();

    public CoordinatedPatient(TestData data, ApiClient api) throws Exception {
        unit = data.newUnit(true);
        coordinator = data.coordinator(unit.unitId());
        doctor = data.doctor(unit.unitId());
        manager = data.manager(unit.unitId());
        patient = TestData.newPatientId();
        certificateId = "c-" + TestData.unique();
        Map<String, Object> cert = new HashMap<>(TestData.certificate(certificateId, patient, "Tolvan Tolvansson", unit, doctor.hsaId(),
                "F43.8A", period(today.minusDays(30), today.minusDays(11), 100), period(today.minusDays(10), today.plusDays(20), 50)));
        cert.put("secondaryDiagnoses", List.of(Map.of("code", "G47.0")));
        api.call(coordinator, post("/api/v1/certificates"), List.of(cert), 200);
        caseId = api.call(coordinator, post("/api/v1/cases" + q()), Map.of("patientId", patient.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
        api.call(doctor, post("/api/v1/cases/" + caseId + "/assessment" + q()), Map.of("relevant", true), 200);
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/offer" + q()), null, 200);
        for (String scope : List.of("COORDINATION", "INFORM_FK", "CONTACT_EMPLOYER")) {
            api.call(coordinator, post("/api/v1/patients/" + patient.value() + "/consents" + q()),
                    Map.of("scope", scope, "form", "ORAL", "given", today.toString()), 201);
        }
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/interventions" + q()),
                Map.of("type", "PERSONAL_SUPPORT", "date", today.toString(), "note", "Samtal om återgång till arbetet"), 201);
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/fk-notifications" + q()), Map.of("note", "Behöver stöd"), 201);
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/plan" + q()), plan(0), 201);
        api.call(coordinator, post("/api/v1/cases/" + caseId + "/plan" + q()), plan(1), 201);
        meetingId = api.call(coordinator, post("/api/v1/cases/" + caseId + "/meetings" + q()), Map.of("date", today.toString(), "time", "00:05",
                "durationMinutes", 60, "location", "Vårdcentralen", "agenda", "Planen", "participants",
                List.of(Map.of("actor", "PATIENT"), Map.of("actor", "EMPLOYER", "name", "Chefen")), "recordedAfterwards", true), 201).get("id").asLong();
        api.call(coordinator, post("/api/v1/meetings/" + meetingId + "/minutes" + q()), Map.of("minutes", "Anpassade arbetsuppgifter"), 201);
        JsonNode consents = api.call(coordinator, get("/api/v1/patients/" + patient.value() + "/consents" + q()), null, 200);
        for (JsonNode c : consents) {
            if (c.get("scope").asText().equals("CONTACT_EMPLOYER")) {
                api.call(coordinator, post("/api/v1/consents/" + c.get("id").asLong() + "/withdrawal" + q()),
                        Map.of("withdrawn", today.toString()), 201);
            }
        }
    }

    public String q() {
        return "?unit=" + unit.unitId();
    }

    public Map<String, Object> plan(int basedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("basedOnVersion", basedOn);
        b.put("goals", "Tillbaka i arbete");
        b.put("patientWords", "Jag vill orka en hel dag");
        b.put("steps", List.of(Map.of("degree", 50, "from", today.toString(), "to", today.plusDays(20).toString()),
                Map.of("degree", 25, "from", today.plusDays(21).toString(), "to", today.plusDays(40).toString())));
        b.put("activities", List.of(Map.of("text", "Ringa chefen", "actor", "PATIENT", "due", today.plusDays(3).toString())));
        b.put("collaborationNeeds", List.of("EMPLOYER"));
        b.put("followUpDates", List.of(today.plusDays(7).toString()));
        return b;
    }
}
