package se.koordinera.coordination;

import se.koordinera.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.koordinera.support.TestData.period;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.koordinera.patient.Personnummer;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class CoordinationApiIT {

    static final String[] TABLES = {"coordination_case", "coordination_case_event", "consent", "consent_withdrawal", "journal_entry",
            "fk_notification", "patient"};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    se.koordinera.support.ApiClient api;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    TestData.Unit unit;
    TestData.User coordinator;
    TestData.User doctor;
    Personnummer patient;
    LocalDate today = TestClock.today();

    @BeforeEach
    void setUp() throws Exception {
        unit = data.newUnit(true);
        coordinator = data.coordinator(unit.unitId());
        doctor = data.doctor(unit.unitId());
        patient = importSickLeave(unit, coordinator, today.minusDays(40), today.plusDays(10));
    }

    Personnummer importSickLeave(TestData.Unit u, TestData.User user, LocalDate from, LocalDate to) throws Exception {
        Personnummer p = TestData.newPatientId();
        Map<String, Object> cert = TestData.certificate("c-" + TestData.unique(), p, "Patient " + p.value(), u, "TSTNMT-DOC1", "F43.8A",
                period(from, to, 100));
        call(coordinator.username().equals(user.username()) ? user : user, post("/api/v1/certificates"), List.of(cert), 200);
        return p;
    }

    JsonNode call(TestData.User user, MockHttpServletRequestBuilder request, Object body, int expectedStatus) throws Exception {
        return api.call(user, request, body, expectedStatus);
    }

    String q() {
        return "?unit=" + unit.unitId();
    }

    JsonNode newCase() throws Exception {
        return call(coordinator, post("/api/v1/cases" + q()), Map.of("patientId", patient.value(), "reason", "SICK_LEAVE"), 201);
    }

    JsonNode consent(String scope) throws Exception {
        return call(coordinator, post("/api/v1/patients/" + patient.value() + "/consents" + q()),
                Map.of("scope", scope, "form", "ORAL", "given", today.toString(), "note", "Muntligt vid besök"), 201);
    }

    /** A case the patient has accepted: registered, assessed relevant by a doctor, offered, consent to coordination. */
    long acceptedCase() throws Exception {
        long id = newCase().get("id").asLong();
        call(doctor, post("/api/v1/cases/" + id + "/assessment" + q()), Map.of("relevant", true, "note", "Behov av stöd"), 200);
        call(coordinator, post("/api/v1/cases/" + id + "/offer" + q()), null, 200);
        consent("COORDINATION");
        assertThat(call(coordinator, get("/api/v1/cases/" + id + q()), null, 200).get("state").asText()).isEqualTo("ACCEPTED");
        return id;
    }

    Map<String, Object> intervention(String type, String actor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("date", today.toString());
        body.put("note", "Samtal om återgång i arbete");
        body.put("actor", actor);
        return body;
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : TABLES) {
            counts.put(t, data.count(t));
        }
        return counts;
    }

    @Test
    @DisplayName("R13: a whole case: consents given and withdrawn are recorded, a withdrawal blocks at once, the case closes with an outcome")
    void wholeCaseWithConsentsInterventionsFkLetterWithdrawalAndClose() throws Exception {
        JsonNode created = newCase();
        assertThat(created.get("state").asText()).isEqualTo("IDENTIFIED");
        assertThat(created.get("patientId").asText()).isEqualTo(patient.value());
        assertThat(created.get("unit").asText()).isEqualTo(unit.unitId());
        assertThat(created.get("reason").asText()).isEqualTo("SICK_LEAVE");
        long id = created.get("id").asLong();
        String c = "/api/v1/cases/" + id;

        // R3: no offer before a doctor's relevant assessment; a non-doctor cannot assess.
        JsonNode early = call(coordinator, post(c + "/offer" + q()), null, 409);
        assertThat(early.get("detail").asText()).contains("läkares bedömning");
        call(coordinator, post(c + "/assessment" + q()), Map.of("relevant", true), 403);
        call(doctor, post(c + "/assessment" + q()), Map.of("relevant", false, "note", "Inte aktuellt nu"), 200);
        call(coordinator, post(c + "/offer" + q()), null, 409);
        JsonNode assessed = call(doctor, post(c + "/assessment" + q()), Map.of("relevant", true, "note", "Behov av stöd"), 200);
        assertThat(assessed.get("state").asText()).isEqualTo("ASSESSED_RELEVANT");
        JsonNode offered = call(coordinator, post(c + "/offer" + q()), Map.of("version", assessed.get("version").asInt()), 200);
        assertThat(offered.get("state").asText()).isEqualTo("OFFERED");

        // No intervention without consent to coordination.
        JsonNode refused = call(coordinator, post(c + "/interventions" + q()), intervention("PERSONAL_SUPPORT", null), 409);
        assertThat(refused.get("detail").asText()).contains("Samtycke till koordinering saknas");

        JsonNode coordinationConsent = consent("COORDINATION");
        assertThat(coordinationConsent.get("active").asBoolean()).isTrue();
        assertThat(call(coordinator, get(c + q()), null, 200).get("state").asText()).isEqualTo("ACCEPTED");

        JsonNode support = call(coordinator, post(c + "/interventions" + q()), intervention("PERSONAL_SUPPORT", null), 201);
        assertThat(support.get("kva").asText()).isEqualTo("GC001");
        assertThat(support.get("freeOfCharge").asBoolean()).isTrue();
        assertThat(support.get("author").get("id").asText()).isEqualTo(coordinator.hsaId());
        assertThat(support.get("author").get("profession").asText()).isEqualTo("FYSIOTERAPEUT");
        assertThat(call(coordinator, get(c + q()), null, 200).get("state").asText()).isEqualTo("ACTIVE");

        // Employer contact needs CONTACT_EMPLOYER; AF needs CONTACT_OTHER_ACTORS.
        JsonNode employerRefused = call(coordinator, post(c + "/interventions" + q()), intervention("COLLABORATION", "EMPLOYER"), 409);
        assertThat(employerRefused.get("detail").asText()).contains("arbetsgivaren");
        call(coordinator, post(c + "/interventions" + q()), intervention("COLLABORATION", "AF"), 409);
        consent("CONTACT_EMPLOYER");
        call(coordinator, post(c + "/interventions" + q()), intervention("COLLABORATION", "EMPLOYER"), 201);
        call(coordinator, post(c + "/interventions" + q()), intervention("INTERNAL_COORDINATION", null), 201);

        // FK letter only with INFORM_FK.
        long notificationsBefore = data.count("fk_notification");
        JsonNode fkRefused = call(coordinator, post(c + "/fk-notifications" + q()), Map.of("note", "Avstämningsmöte önskas"), 409);
        assertThat(fkRefused.get("detail").asText()).contains("Försäkringskassan");
        assertThat(data.count("fk_notification")).isEqualTo(notificationsBefore);
        consent("INFORM_FK");
        JsonNode fk = call(coordinator, post(c + "/fk-notifications" + q()), Map.of("note", "Avstämningsmöte önskas"), 201);
        String letterUrl = fk.get("letterUrl").asText();
        MvcResult letter = mvc.perform(get(letterUrl).with(httpBasic(coordinator.username(), TestData.PASSWORD))).andReturn();
        assertThat(letter.getResponse().getStatus()).isEqualTo(200);
        assertThat(letter.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] pdf = letter.getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.replace("-", "")).contains(patient.value());
            assertThat(text).contains("30 kap.").contains("Patient " + patient.value()).contains(coordinator.user().name())
                    .contains("Testgatan 1").contains("Testenheten");
            assertThat(text).doesNotContain("F43").doesNotContainIgnoringCase("diagnos");
        }

        // Withdrawal blocks at once; both facts stay in the journal.
        long consentId = coordinationConsent.get("id").asLong();
        JsonNode withdrawn = call(coordinator, post("/api/v1/consents/" + consentId + "/withdrawal" + q()),
                Map.of("withdrawn", today.toString(), "note", "Patienten vill avbryta"), 201);
        assertThat(withdrawn.get("active").asBoolean()).isFalse();
        assertThat(withdrawn.get("withdrawal").get("withdrawn").asText()).isEqualTo(today.toString());
        call(coordinator, post(c + "/interventions" + q()), intervention("PERSONAL_SUPPORT", null), 409);

        JsonNode consents = call(coordinator, get("/api/v1/patients/" + patient.value() + "/consents" + q()), null, 200);
        assertThat(consents).hasSize(3);

        JsonNode journal = call(coordinator, get("/api/v1/patients/" + patient.value() + "/journal" + q()), null, 200);
        List<String> types = journal.valueStream().map(e -> e.get("type").asText()).toList();
        assertThat(types).containsExactly("CONSENT_GIVEN", "INTERVENTION", "CONSENT_GIVEN", "INTERVENTION", "INTERVENTION",
                "CONSENT_GIVEN", "FK_NOTIFICATION", "CONSENT_WITHDRAWN");
        journal.valueStream().filter(e -> e.get("type").asText().equals("INTERVENTION") || e.get("type").asText().equals("FK_NOTIFICATION"))
                .forEach(e -> assertThat(e.get("kva").asText()).isEqualTo("GC001"));
        journal.valueStream().forEach(e -> {
            assertThat(e.has("diagnosis")).isFalse();
            assertThat(e.get("unit").asText()).isEqualTo(unit.unitId());
            assertThat(e.get("text").asText()).doesNotContain("F43");
        });
        List<Long> ids = journal.valueStream().map(e -> e.get("id").asLong()).toList();
        assertThat(ids).isSorted();
        assertThat(journal.valueStream().filter(e -> e.get("consentId").asLong() == consentId).map(e -> e.get("type").asText()))
                .containsExactly("CONSENT_GIVEN", "CONSENT_WITHDRAWN");

        JsonNode closed = call(coordinator, post(c + "/close" + q()), Map.of("outcome", "RETURNED_PART_TIME"), 200);
        assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("RETURNED_PART_TIME");
        List<String> history = closed.get("history").valueStream().map(e -> e.get("toState").asText()).toList();
        assertThat(history).containsExactly("IDENTIFIED", "ASSESSED_NOT_RELEVANT", "ASSESSED_RELEVANT", "OFFERED", "ACCEPTED", "ACTIVE",
                "CLOSED");
        assertThat(closed.get("history").get(2).get("by").get("id").asText()).isEqualTo(doctor.hsaId());

        // Every read and write was logged for the patient (PDL).
        assertThat(data.count("select count(*) from access_log where patient_id = ? and function = 'koordineringsinsats'", patient.value()))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("R6: an intervention with a diagnosis, as a field or in the note, is refused and nothing is stored")
    void interventionWithDiagnosisIsRejectedAndNothingIsStored() throws Exception {
        long id = acceptedCase();
        Map<String, Long> before = counts();
        Map<String, Object> body = intervention("PERSONAL_SUPPORT", null);
        body.put("diagnosis", Map.of("code", "F43.8A"));
        JsonNode problem = call(coordinator, post("/api/v1/cases/" + id + "/interventions" + q()), body, 400);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asText())).contains("diagnosis");

        Map<String, Object> several = new LinkedHashMap<>();
        several.put("type", "MAGIC");
        several.put("date", "2026-13-01");
        several.put("diagnosis", "F43");
        JsonNode all = call(coordinator, post("/api/v1/cases/" + id + "/interventions" + q()), several, 400);
        assertThat(all.get("errors").valueStream().map(e -> e.get("field").asText())).contains("type", "date", "note", "diagnosis");

        Map<String, Object> codeInNote = intervention("PERSONAL_SUPPORT", null);
        codeInNote.put("note", "Stöd vid F43.8");
        call(coordinator, post("/api/v1/cases/" + id + "/interventions" + q()), codeInNote, 400);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @DisplayName("R15: every kind of intervention is journalled with KVÅ GC001, free of charge")
    void gc001OnEveryInterventionType() throws Exception {
        long id = acceptedCase();
        consent("CONTACT_EMPLOYER");
        consent("CONTACT_OTHER_ACTORS");
        consent("INFORM_FK");
        String[][] kinds = {{"PERSONAL_SUPPORT", null}, {"INTERNAL_COORDINATION", null}, {"INTERNAL_COORDINATION", "OTHER_CARE_UNIT"},
                {"COLLABORATION", "EMPLOYER"}, {"COLLABORATION", "FK"}, {"COLLABORATION", "AF"}, {"COLLABORATION", "MUNICIPALITY"}};
        for (String[] k : kinds) {
            JsonNode e = call(coordinator, post("/api/v1/cases/" + id + "/interventions" + q()), intervention(k[0], k[1]), 201);
            assertThat(e.get("kva").asText()).isEqualTo("GC001");
        }
        assertThat(data.count("select count(*) from journal_entry where patient_id = ? and type = 'INTERVENTION' and kva = 'GC001' and free_of_charge",
                patient.value())).isEqualTo(kinds.length);
        // A correction is a new entry referring to the corrected one.
        long first = data.count("select min(id) from journal_entry where patient_id = ? and type = 'INTERVENTION'", patient.value());
        JsonNode correction = call(coordinator, post("/api/v1/journal/" + first + "/corrections" + q()), Map.of("text", "Rätt datum är igår"), 201);
        assertThat(correction.get("corrects").asLong()).isEqualTo(first);
        assertThat(correction.get("type").asText()).isEqualTo("CORRECTION");
    }

    @Test
    @DisplayName("R5: collaboration with the employer needs the employer consent, with AF or the municipality theirs")
    void employerContactOnlyWithEmployerConsentAndOtherActorsOnlyWithTheirs() throws Exception {
        long id = acceptedCase();
        String url = "/api/v1/cases/" + id + "/interventions" + q();
        consent("CONTACT_OTHER_ACTORS");
        call(coordinator, post(url), intervention("COLLABORATION", "EMPLOYER"), 409);
        call(coordinator, post(url), intervention("COLLABORATION", "MUNICIPALITY"), 201);
        call(coordinator, post(url), intervention("COLLABORATION", "AF"), 201);
        call(coordinator, post(url), intervention("COLLABORATION", null), 400);
    }

    @Test
    @DisplayName("R4: a preventive case is refused where the region does not offer preventive coordination")
    void preventiveRegistrationFollowsRegionPolicy() throws Exception {
        Personnummer atRisk = TestData.newPatientId();
        JsonNode ok = call(coordinator, post("/api/v1/cases" + q()),
                Map.of("patientId", atRisk.value(), "reason", "PREVENTIVE", "patientName", "Risk Patient"), 201);
        assertThat(ok.get("reason").asText()).isEqualTo("PREVENTIVE");

        TestData.Unit kalmarLike = data.newUnit(false);
        TestData.User kalmarCoordinator = data.coordinator(kalmarLike.unitId());
        Map<String, Long> before = counts();
        JsonNode refused = call(kalmarCoordinator, post("/api/v1/cases?unit=" + kalmarLike.unitId()),
                Map.of("patientId", TestData.newPatientId().value(), "reason", "PREVENTIVE", "patientName", "Risk Patient"), 409);
        assertThat(refused.get("detail").asText()).contains("förebyggande");
        assertThat(counts()).isEqualTo(before);

        // Without sick leave at the unit, SICK_LEAVE is refused too.
        call(kalmarCoordinator, post("/api/v1/cases?unit=" + kalmarLike.unitId()),
                Map.of("patientId", TestData.newPatientId().value(), "reason", "SICK_LEAVE"), 409);
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() throws Exception {
        JsonNode created = newCase();
        long id = created.get("id").asLong();
        int v0 = created.get("version").asInt();
        call(doctor, post("/api/v1/cases/" + id + "/assessment" + q()), Map.of("relevant", true, "version", v0), 200);
        Map<String, Long> before = counts();
        JsonNode stale = call(doctor, post("/api/v1/cases/" + id + "/assessment" + q()), Map.of("relevant", false, "version", v0), 409);
        assertThat(stale.get("detail").asText()).contains("ändrats");
        call(coordinator, post("/api/v1/cases/" + id + "/close" + q()), Map.of("outcome", "OTHER", "version", v0), 409);
        assertThat(counts()).isEqualTo(before);
        assertThat(call(coordinator, get("/api/v1/cases/" + id + q()), null, 200).get("state").asText()).isEqualTo("ASSESSED_RELEVANT");
    }

    @Test
    void oneOpenCasePerPatientAndUnit() throws Exception {
        newCase();
        Map<String, Long> before = counts();
        call(coordinator, post("/api/v1/cases" + q()), Map.of("patientId", patient.value(), "reason", "SICK_LEAVE"), 409);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @DisplayName("R2: a case of another unit is not found, and a user without an assignment is refused")
    void caseOfAnotherUnitIsNotFound() throws Exception {
        long id = newCase().get("id").asLong();
        TestData.Unit other = data.newUnit(true);
        TestData.User both = data.user(java.util.Set.of(se.koordinera.access.Role.REHAB_COORDINATOR), "SJUKSKOTERSKA",
                unit.unitId(), other.unitId());
        TestData.User otherOnly = data.coordinator(other.unitId());
        call(both, get("/api/v1/cases/" + id + "?unit=" + other.unitId()), null, 404);
        call(otherOnly, get("/api/v1/cases/" + id + "?unit=" + other.unitId()), null, 404);
        call(otherOnly, post("/api/v1/cases/" + id + "/close?unit=" + other.unitId()), Map.of("outcome", "OTHER"), 404);
        call(otherOnly, get("/api/v1/cases/" + id + "?unit=" + unit.unitId()), null, 403);
        call(otherOnly, get("/api/v1/patients/" + patient.value() + "/consents?unit=" + other.unitId()), null, 404);
        assertThat(call(both, get("/api/v1/cases/" + id + q()), null, 200).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void badInputNamesEveryFieldAndChangesNothing() throws Exception {
        Map<String, Long> before = counts();
        JsonNode problem = call(coordinator, post("/api/v1/cases" + q()), Map.of("patientId", "19121212-1213", "reason", "BORED"), 400);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asText())).containsExactlyInAnyOrder("patientId", "reason");
        JsonNode consent = call(coordinator, post("/api/v1/patients/" + patient.value() + "/consents" + q()),
                Map.of("scope", "EVERYTHING", "form", "TELEPATHIC", "given", today.plusDays(3).toString()), 400);
        assertThat(consent.get("errors").valueStream().map(e -> e.get("field").asText())).containsExactlyInAnyOrder("scope", "form", "given");
        long id = newCase().get("id").asLong();
        before = counts();
        call(coordinator, post("/api/v1/cases/" + id + "/close" + q()), Map.of("outcome", "HAPPY"), 400);
        call(coordinator, post("/api/v1/cases/" + id + "/assessment" + q()), Map.of("relevant", "yes"), 400);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    @DisplayName("R13: consents, withdrawals, journal entries and case history cannot be changed or deleted")
    void historyRowsCannotBeChangedOrDeleted() throws Exception {
        long id = acceptedCase();
        consent("INFORM_FK");
        call(coordinator, post("/api/v1/cases/" + id + "/interventions" + q()), intervention("PERSONAL_SUPPORT", null), 201);
        call(coordinator, post("/api/v1/cases/" + id + "/fk-notifications" + q()), Map.of(), 201);
        long consentId = data.count("select max(id) from consent where patient_id = ?", patient.value());
        call(coordinator, post("/api/v1/consents/" + consentId + "/withdrawal" + q()), Map.of("withdrawn", today.toString()), 201);
        String[] statements = {
                "update journal_entry set text = 'ändrad' where patient_id = :p",
                "delete from journal_entry where patient_id = :p",
                "update consent set scope = 'COORDINATION' where patient_id = :p",
                "delete from consent where patient_id = :p",
                "update consent_withdrawal set withdrawn = withdrawn - 1 where consent_id in (select id from consent where patient_id = :p)",
                "delete from consent_withdrawal where consent_id in (select id from consent where patient_id = :p)",
                "update coordination_case_event set note = 'x' where case_id in (select id from coordination_case where patient_id = :p)",
                "delete from coordination_case_event where case_id in (select id from coordination_case where patient_id = :p)",
                "update fk_notification set letter = '' where case_id in (select id from coordination_case where patient_id = :p)",
                "delete from coordination_case where patient_id = :p"};
        for (String sql : statements) {
            assertThatThrownBy(() -> jdbc.sql(sql).param("p", patient.value()).update()).as(sql).rootCause().hasMessageContaining("append-only");
        }
        for (String table : new String[] {"journal_entry", "consent", "consent_withdrawal", "coordination_case_event"}) {
            assertThatThrownBy(() -> jdbc.sql("truncate " + table + " cascade").update()).as(table).rootCause().hasMessageContaining("append-only");
        }
    }

    @Test
    void worklistShowsCandidatesWithoutOpenCase() throws Exception {
        withoutMentalDiagnosisFlag();
        Personnummer shortLeave = importSickLeave(unit, coordinator, today.minusDays(3), today.plusDays(5));
        // Repeated sick leave (issue 14): at least three cases in 12 months by default.
        Personnummer repeated = importSickLeave(unit, coordinator, today.minusDays(200), today.minusDays(190));
        importSickLeaveFor(repeated, today.minusDays(100), today.minusDays(95));
        importSickLeaveFor(repeated, today.minusDays(5), today.plusDays(5));
        JsonNode list = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/coordination-candidates"), null, 200);
        List<String> ids = list.get("items").valueStream().map(i -> i.get("patient").get("id").asText()).toList();
        assertThat(ids).contains(patient.value(), repeated.value()).doesNotContain(shortLeave.value());
        assertThat(list.get("minDays").asInt()).isEqualTo(14);
        newCase();
        JsonNode after = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/coordination-candidates"), null, 200);
        assertThat(after.get("items").valueStream().map(i -> i.get("patient").get("id").asText())).doesNotContain(patient.value());
        assertThat(call(coordinator, get("/api/v1/units/" + unit.unitId() + "/cases?state=IDENTIFIED"), null, 200).get("total").asInt())
                .isEqualTo(1);
        call(coordinator, get("/api/v1/units/" + unit.unitId() + "/cases?state=NOPE"), null, 400);
        JsonNode overview = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/sick-leaves"), null, 200);
        assertThat(overview.get("items").valueStream().filter(i -> i.get("patient").get("id").asText().equals(patient.value()))
                .map(i -> i.get("coordination").asText())).containsExactly("IDENTIFIED");
    }

    /** The test certificates carry an F diagnosis: these tests are about the long and repeated sick leave only. */
    void withoutMentalDiagnosisFlag() throws Exception {
        call(data.manager(unit.unitId()), org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/v1/units/" + unit.unitId() + "/candidate-criteria"), Map.of("mentalDiagnosis", false, "repeatedCases12Months", 3,
                "repeatedDays3Years", 180, "chainLimitWithinDays", 14, "degreeUnchangedWeeks", 8, "endedWithinDays", 30), 200);
    }

    void importSickLeaveFor(Personnummer p, LocalDate from, LocalDate to) throws Exception {
        Map<String, Object> cert = TestData.certificate("c-" + TestData.unique(), p, "Patient " + p.value(), unit, "TSTNMT-DOC1", "M54.5",
                period(from, to, 50));
        call(coordinator, post("/api/v1/certificates"), List.of(cert), 200);
    }

    @Test
    @DisplayName("R5: the patient accepts only with a consent to coordination; after a close a new case may open")
    void acceptNeedsConsentDeclineAndCloseThenANewCaseMayOpen() throws Exception {
        long id = newCase().get("id").asLong();
        String c = "/api/v1/cases/" + id;
        call(doctor, post(c + "/assessment" + q()), Map.of("relevant", true), 200);
        call(coordinator, post(c + "/offer" + q()), null, 200);
        JsonNode refused = call(coordinator, post(c + "/accept" + q()), null, 409);
        assertThat(refused.get("detail").asText()).contains("Samtycke till koordinering saknas");
        JsonNode declined = call(coordinator, post(c + "/decline" + q()), Map.of("note", "Vill inte just nu"), 200);
        assertThat(declined.get("state").asText()).isEqualTo("DECLINED");
        call(coordinator, post(c + "/offer" + q()), null, 409);
        call(coordinator, post(c + "/close" + q()), Map.of("outcome", "DECLINED_LATER"), 200);
        call(coordinator, post(c + "/close" + q()), Map.of("outcome", "OTHER"), 409);
        call(coordinator, post(c + "/interventions" + q()), intervention("PERSONAL_SUPPORT", null), 409);
        JsonNode again = newCase();
        assertThat(again.get("id").asLong()).isNotEqualTo(id);
    }

    @Test
    @DisplayName("R2: the journal and consents of a patient unknown at the unit are not found")
    void journalAndConsentsOfAPatientUnknownAtTheUnitAreNotFound() throws Exception {
        TestData.Unit other = data.newUnit(true);
        TestData.User otherCoordinator = data.coordinator(other.unitId());
        acceptedCase();
        call(otherCoordinator, get("/api/v1/patients/" + patient.value() + "/journal?unit=" + other.unitId()), null, 404);
        call(otherCoordinator, get("/api/v1/patients/" + patient.value() + "/consents?unit=" + other.unitId()), null, 404);
        call(otherCoordinator, post("/api/v1/patients/" + patient.value() + "/consents?unit=" + other.unitId()),
                Map.of("scope", "COORDINATION", "form", "ORAL", "given", today.toString()), 404);
        long entry = data.count("select max(id) from journal_entry where patient_id = ?", patient.value());
        call(otherCoordinator, post("/api/v1/journal/" + entry + "/corrections?unit=" + other.unitId()), Map.of("text", "x"), 404);
    }

    @Test
    void unitSettingIsTheManagersAndDrivesTheWorklist() throws Exception {
        withoutMentalDiagnosisFlag();
        TestData.User manager = data.manager(unit.unitId());
        call(coordinator, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/v1/units/" + unit.unitId() + "/coordination-settings"), Map.of("candidateMinDays", 60), 403);
        call(manager, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/v1/units/" + unit.unitId() + "/coordination-settings"), Map.of("candidateMinDays", 60), 200);
        JsonNode list = call(coordinator, get("/api/v1/units/" + unit.unitId() + "/coordination-candidates"), null, 200);
        assertThat(list.get("minDays").asInt()).isEqualTo(60);
        assertThat(list.get("items").valueStream().map(i -> i.get("patient").get("id").asText())).doesNotContain(patient.value());
    }
}
