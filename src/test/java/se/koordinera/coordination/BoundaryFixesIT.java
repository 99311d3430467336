package se.koordinera.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.koordinera.support.TestData.certificate;
import static se.koordinera.support.TestData.period;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.koordinera.access.Role;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.web.CoordinationLabels;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.StatementCounter;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

/**
 * The defects that the leaks between features caused (the module-boundaries issue), each with a
 * test that failed before the walls were put up.
 */
@IntegrationTest
class BoundaryFixesIT {

    static final LocalDate TODAY = TestClock.today();

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ApiClient api;
    @Autowired CoordinationLabels labels;
    @Autowired DataSource dataSource;

    record Setup(TestData.Unit unit, TestData.User coordinator, TestData.User doctor, TestData.User manager) {
        String q() {
            return "?unit=" + unit.unitId();
        }
    }

    Setup setup() {
        TestData.Unit unit = data.newUnit(true);
        return new Setup(unit, data.coordinator(unit.unitId()), data.doctor(unit.unitId()), data.manager(unit.unitId()));
    }

    Personnummer sickLeave(Setup s) throws Exception {
        Personnummer p = TestData.newPatientId();
        api.call(s.coordinator(), post("/api/v1/certificates"), List.of(certificate("c-" + TestData.unique(), p, "Patient " + p.value(),
                s.unit(), "TSTNMT-DOC1", "F43.8A", period(TODAY.minusDays(40), TODAY.plusDays(10), 100))), 200);
        return p;
    }

    long caseIn(Setup s, Personnummer p, CaseState state) throws Exception {
        long id = api.call(s.coordinator(), post("/api/v1/cases" + s.q()), Map.of("patientId", p.value(), "reason", "SICK_LEAVE"), 201)
                .get("id").asLong();
        switch (state) {
            case IDENTIFIED -> {
            }
            case ASSESSED_RELEVANT, ASSESSED_NOT_RELEVANT -> api.call(s.doctor(), post("/api/v1/cases/" + id + "/assessment" + s.q()),
                    Map.of("relevant", state == CaseState.ASSESSED_RELEVANT), 200);
            case OFFERED, DECLINED, ACCEPTED, ACTIVE -> {
                api.call(s.doctor(), post("/api/v1/cases/" + id + "/assessment" + s.q()), Map.of("relevant", true), 200);
                api.call(s.coordinator(), post("/api/v1/cases/" + id + "/offer" + s.q()), null, 200);
                if (state == CaseState.DECLINED) {
                    api.call(s.coordinator(), post("/api/v1/cases/" + id + "/decline" + s.q()), null, 200);
                } else if (state != CaseState.OFFERED) {
                    api.call(s.coordinator(), post("/api/v1/patients/" + p.value() + "/consents" + s.q()),
                            Map.of("scope", "COORDINATION", "form", "ORAL", "given", TODAY.toString()), 201);
                    if (state == CaseState.ACTIVE) {
                        api.call(s.coordinator(), post("/api/v1/cases/" + id + "/interventions" + s.q()), Map.of("type", "PERSONAL_SUPPORT",
                                "date", TODAY.toString(), "note", "Samtal om arbetet"), 201);
                    }
                }
            }
            default -> throw new IllegalArgumentException(state.name());
        }
        assertThat(api.call(s.coordinator(), get("/api/v1/cases/" + id + s.q()), null, 200).get("state").asText()).isEqualTo(state.name());
        return id;
    }

    static Stream<Arguments> openStates() {
        return Stream.of(CaseState.values()).filter(CaseState::open).map(Arguments::of);
    }

    @ParameterizedTest(name = "R1: the overview's coordination filter finds a case in state {0}, with a Swedish label")
    @MethodSource("openStates")
    void everyOpenStateHasAFilterOptionThatFindsItsCases(CaseState state) throws Exception {
        Setup s = setup();
        Personnummer p = sickLeave(s);
        Personnummer other = sickLeave(s);
        caseIn(s, p, state);
        Map<String, String> options = labels.options();
        assertThat(options).containsKey(state.name());
        assertThat(options.get(state.name())).isEqualTo(state.label()).isNotEqualTo(state.name());
        JsonNode found = api.call(s.coordinator(), get("/api/v1/units/" + s.unit().unitId() + "/sick-leaves?coordination=" + state.name()),
                null, 200);
        assertThat(found.get("items").valueStream().map(i -> i.get("patient").get("id").asText())).containsExactly(p.value());
        JsonNode none = api.call(s.coordinator(), get("/api/v1/units/" + s.unit().unitId() + "/sick-leaves?coordination=NONE"), null, 200);
        assertThat(none.get("items").valueStream().map(i -> i.get("patient").get("id").asText())).containsExactly(other.value());
        assertThat(page(s.coordinator(), "/oversikt?coordination=" + state.name())).contains(state.label());
    }

    String page(TestData.User user, String url) throws Exception {
        var r = mvc.perform(asUser(user, get(url))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url + ": " + r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static MockHttpServletRequestBuilder asUser(TestData.User user, MockHttpServletRequestBuilder r) {
        return r.with(SecurityMockMvcRequestPostProcessors.user(new se.koordinera.access.LocalUserDetails(user.username(), "x", user.user())));
    }

    @ParameterizedTest(name = "R6: the page refuses a note with a diagnosis or over 4 000 characters on {0}, as the API does")
    @MethodSource("pageSteps")
    void thePagesApplyTheApisRulesToNotes(String action, CaseState before) throws Exception {
        Setup s = setup();
        Personnummer p = sickLeave(s);
        long id = caseIn(s, p, before);
        TestData.User actor = action.equals("bedomning") ? s.doctor() : s.coordinator();
        for (String note : List.of("Samtal om F43.8 och arbetet", "F438A", "x".repeat(5000))) {
            var r = mvc.perform(asUser(actor, post("/koordinering/arenden/" + id + "/" + action)).with(SecurityMockMvcRequestPostProcessors.csrf())
                    .param("note", note).param("relevant", "true")).andReturn();
            assertThat(r.getFlashMap().get("error")).as(action + " " + note.length()).isNotNull();
            assertThat(r.getFlashMap().get("error").toString()).doesNotContain("note").doesNotContain("(R6)");
            assertThat(api.call(s.coordinator(), get("/api/v1/cases/" + id + s.q()), null, 200).get("state").asText()).isEqualTo(before.name());
        }
        Map<String, Object> body = action.equals("bedomning") ? Map.of("note", "Stöd vid F32", "relevant", true) : Map.of("note", "Stöd vid F32");
        JsonNode problem = api.call(actor, post("/api/v1/cases/" + id + "/" + apiAction(action) + s.q()), body, 400);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asText())).containsExactly("note");
    }

    static Stream<Arguments> pageSteps() {
        return Stream.of(Arguments.of("erbjud", CaseState.ASSESSED_RELEVANT), Arguments.of("acceptera", CaseState.OFFERED),
                Arguments.of("avboj", CaseState.OFFERED), Arguments.of("bedomning", CaseState.IDENTIFIED));
    }

    static String apiAction(String pageAction) {
        return switch (pageAction) {
            case "erbjud" -> "offer";
            case "acceptera" -> "accept";
            case "avboj" -> "decline";
            default -> "assessment";
        };
    }

    @Test
    @DisplayName("R4: the case page and the plan of a preventive case without sick leave open, and the case can be closed")
    void aPreventiveCaseWithoutSickLeaveOpens() throws Exception {
        Setup s = setup();
        Personnummer p = TestData.newPatientId();
        long id = api.call(s.coordinator(), post("/api/v1/cases" + s.q()), Map.of("patientId", p.value(), "reason", "PREVENTIVE",
                "patientName", "Förebyggande Patient"), 201).get("id").asLong();
        JsonNode plan = api.call(s.coordinator(), get("/api/v1/cases/" + id + "/plan" + s.q()), null, 200);
        assertThat(plan.get("certificatePeriods")).isEmpty();
        assertThat(page(s.coordinator(), "/koordinering/arenden/" + id)).contains("Förebyggande Patient");
        assertThat(page(s.coordinator(), "/koordinering/arenden/" + id + "/plan")).contains("Förebyggande Patient");
        api.call(s.coordinator(), post("/api/v1/cases/" + id + "/close" + s.q()), Map.of("outcome", "OTHER"), 200);
    }

    @Test
    @DisplayName("R2: a coordinator's case of a patient whose protected sick leave they may not see opens, without the sick leave")
    void aCoordinatorsCaseOfAProtectedPatientOpens() throws Exception {
        Setup s = setup();
        Personnummer p = TestData.newPatientId();
        Map<String, Object> cert = new HashMap<>(certificate("c-" + TestData.unique(), p, "Skyddad Person", s.unit(), s.doctor().hsaId(),
                "F43.8A", period(TODAY.minusDays(40), TODAY.plusDays(10), 100)));
        cert.put("patient", Map.of("id", p.value(), "name", "Skyddad Person", "protectedIdentity", true));
        api.call(s.doctor(), post("/api/v1/certificates"), List.of(cert), 200);
        long id = api.call(s.coordinator(), post("/api/v1/cases" + s.q()), Map.of("patientId", p.value(), "reason", "PREVENTIVE",
                "patientName", "Namn Från Patienten"), 201).get("id").asLong();
        JsonNode plan = api.call(s.coordinator(), get("/api/v1/cases/" + id + "/plan" + s.q()), null, 200);
        assertThat(plan.get("certificatePeriods")).isEmpty();
        String casePage = page(s.coordinator(), "/koordinering/arenden/" + id);
        assertThat(casePage).contains("Namn Från Patienten").doesNotContain("Skyddad Person");
        page(s.coordinator(), "/koordinering/arenden/" + id + "/plan");
    }

    @Test
    @DisplayName("R3: only a doctor assesses, and coordination is offered only after a doctor's assessment that it is relevant")
    void assessmentComesFirstAndIsTheDoctors() throws Exception {
        Setup s = setup();
        long id = caseIn(s, sickLeave(s), CaseState.IDENTIFIED);
        api.call(s.coordinator(), post("/api/v1/cases/" + id + "/assessment" + s.q()), Map.of("relevant", true), 403);
        api.call(s.coordinator(), post("/api/v1/cases/" + id + "/offer" + s.q()), null, 409);
        api.call(s.doctor(), post("/api/v1/cases/" + id + "/assessment" + s.q()), Map.of("relevant", false), 200);
        api.call(s.coordinator(), post("/api/v1/cases/" + id + "/offer" + s.q()), null, 409);
        api.call(s.doctor(), post("/api/v1/cases/" + id + "/assessment" + s.q()), Map.of("relevant", true), 200);
        api.call(s.coordinator(), post("/api/v1/cases/" + id + "/offer" + s.q()), null, 200);
    }

    @Test
    @DisplayName("R3: the doctor's worklist starts with the cases waiting for their assessment; before acceptance no intervention form")
    void theDoctorSeesWhatWaitsForTheirAssessment() throws Exception {
        Setup s = setup();
        Personnummer p = sickLeave(s);
        long id = caseIn(s, p, CaseState.IDENTIFIED);
        assertThat(page(s.doctor(), "/koordinering")).contains("Väntar på din bedömning (1)").contains("ärende " + id);
        assertThat(page(s.coordinator(), "/koordinering")).doesNotContain("Väntar på din bedömning");
        String casePage = page(s.doctor(), "/koordinering/arenden/" + id);
        assertThat(casePage).contains("id=\"assessment\"").doesNotContain("id=\"intervention\"").doesNotContain("id=\"fk\"");
    }

    @Test
    @DisplayName("R6: a refused intervention on the case page comes back as typed, the message next to the note; a missing consent offers to record it")
    void aRefusedInterventionKeepsWhatWasTyped() throws Exception {
        Setup s = setup();
        Personnummer p = sickLeave(s);
        long id = caseIn(s, p, CaseState.ACCEPTED);
        String typed = "Samtal om arbetet och F43.8 – en lång anteckning som inte får försvinna";
        var refused = mvc.perform(asUser(s.coordinator(), post("/koordinering/arenden/" + id + "/insatser"))
                .with(SecurityMockMvcRequestPostProcessors.csrf()).param("type", "PERSONAL_SUPPORT").param("actor", "")
                .param("date", TODAY.toString()).param("note", typed)).andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith("#interventions-heading");
        // Kept over the redirect for the page (rendered in CoordinationBrowserIT): the typed note and its message by field.
        var kept = (se.koordinera.web.SubmittedForm) refused.getFlashMap().get(se.koordinera.web.SubmittedForm.ATTRIBUTE);
        assertThat(kept.form()).isEqualTo("insatser");
        assertThat(kept.value("note")).isEqualTo(typed);
        assertThat(kept.error("note")).contains("diagnoskod");
        assertThat(refused.getFlashMap().get("consentMissing")).isEqualTo(false);

        var noConsent = mvc.perform(asUser(s.coordinator(), post("/koordinering/arenden/" + id + "/insatser"))
                .with(SecurityMockMvcRequestPostProcessors.csrf()).param("type", "COLLABORATION").param("actor", "EMPLOYER")
                .param("date", TODAY.toString()).param("note", "Kontakt med chefen")).andReturn();
        assertThat(noConsent.getFlashMap().get("consentMissing")).isEqualTo(true);
        assertThat(((se.koordinera.web.SubmittedForm) noConsent.getFlashMap().get(se.koordinera.web.SubmittedForm.ATTRIBUTE)).value("note"))
                .isEqualTo("Kontakt med chefen");
    }

    @Test
    @DisplayName("R7: Försäkringskassan is informed only with the consent to inform it, and not after the coordination consent is withdrawn")
    void theFkNoticeNeedsItsConsentAndTheCoordinationConsent() throws Exception {
        Setup s = setup();
        Personnummer p = sickLeave(s);
        long id = caseIn(s, p, CaseState.ACCEPTED);
        api.call(s.coordinator(), post("/api/v1/cases/" + id + "/fk-notifications" + s.q()), null, 409);
        api.call(s.coordinator(), post("/api/v1/patients/" + p.value() + "/consents" + s.q()),
                Map.of("scope", "INFORM_FK", "form", "WRITTEN", "given", TODAY.toString()), 201);
        JsonNode consents = api.call(s.coordinator(), get("/api/v1/patients/" + p.value() + "/consents" + s.q()), null, 200);
        long coordination = consents.valueStream().filter(c -> c.get("scope").asText().equals("COORDINATION")).findFirst().orElseThrow()
                .get("id").asLong();
        api.call(s.coordinator(), post("/api/v1/consents/" + coordination + "/withdrawal" + s.q()), Map.of("withdrawn", TODAY.toString()), 201);
        long journal = data.count("select count(*) from journal_entry where patient_id = ?", p.value());
        JsonNode refused = api.call(s.coordinator(), post("/api/v1/cases/" + id + "/fk-notifications" + s.q()), null, 409);
        assertThat(refused.get("detail").asText()).containsIgnoringCase("koordinering");
        assertThat(data.count("select count(*) from journal_entry where patient_id = ?", p.value())).isEqualTo(journal);
    }

    @Test
    @DisplayName("Reading a case's responsible person takes no row lock: it answers while another transaction holds the case")
    void readsTakeNoRowLock() throws Exception {
        Setup s = setup();
        long id = caseIn(s, sickLeave(s), CaseState.IDENTIFIED);
        try (Connection locker = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            try (PreparedStatement lock = locker.prepareStatement("select id from coordination_case where id = ? for update")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            CompletableFuture<JsonNode> read = CompletableFuture.supplyAsync(() -> {
                try {
                    return api.call(s.coordinator(), get("/api/v1/cases/" + id + "/responsible" + s.q()), null, 200);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(read.get(10, TimeUnit.SECONDS).get("caseId").asLong()).isEqualTo(id);
            locker.rollback();
        }
    }

    @Test
    @DisplayName("The staff list reads every user's assignments in a fixed number of statements, not one per user")
    void staffListIsNotNPlusOne() throws Exception {
        Setup small = setup();
        Setup large = setup();
        for (int i = 0; i < 50; i++) {
            data.user(Set.of(Role.REHAB_COORDINATOR), "SJUKSKOTERSKA", large.unit().unitId());
        }
        int few = StatementCounter.count(() -> api.call(small.coordinator(), get("/api/v1/units/" + small.unit().unitId() + "/staff"), null, 200));
        int many = StatementCounter.count(() -> api.call(large.coordinator(), get("/api/v1/units/" + large.unit().unitId() + "/staff"), null, 200));
        assertThat(many).isEqualTo(few);
        assertThat(api.call(large.coordinator(), get("/api/v1/units/" + large.unit().unitId() + "/staff"), null, 200).size())
                .isGreaterThanOrEqualTo(50);
    }

    @Test
    @DisplayName("R12: the meetings of a case are read with their minutes in a fixed number of statements, not one per meeting")
    void meetingsAreNotNPlusOne() throws Exception {
        Setup s = setup();
        Personnummer p = sickLeave(s);
        long one = caseIn(s, p, CaseState.ACCEPTED);
        Setup t = setup();
        Personnummer q = sickLeave(t);
        long many = caseIn(t, q, CaseState.ACCEPTED);
        book(s, one, 1);
        book(t, many, 12);
        int few = StatementCounter.count(() -> api.call(s.coordinator(), get("/api/v1/cases/" + one + "/meetings" + s.q()), null, 200));
        int lots = StatementCounter.count(() -> api.call(t.coordinator(), get("/api/v1/cases/" + many + "/meetings" + t.q()), null, 200));
        assertThat(lots).isEqualTo(few);
        JsonNode meetings = api.call(t.coordinator(), get("/api/v1/cases/" + many + "/meetings" + t.q()), null, 200);
        assertThat(meetings.get("items")).hasSize(12);
        assertThat(meetings.get("items").get(0).get("minutes")).hasSize(1);
    }

    void book(Setup s, long caseId, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            List<Map<String, Object>> participants = new ArrayList<>(List.of(Map.of("actor", "PATIENT")));
            long meeting = api.call(s.coordinator(), post("/api/v1/cases/" + caseId + "/meetings" + s.q()), Map.of("kind", "OTHER_CONTACT", "date", TODAY.toString(),
                    "time", "08:00", "durationMinutes", 30, "location", "Rum " + i, "agenda", "Uppföljning", "participants", participants,
                    "recordedAfterwards", true), 201)
                    .get("id").asLong();
            api.call(s.coordinator(), post("/api/v1/meetings/" + meeting + "/minutes" + s.q()), Map.of("minutes", "Samtal nummer " + i), 201);
        }
    }

    @Test
    @DisplayName("The unit figures read the certificates of every offered patient in a fixed number of statements, not one per offer")
    void figuresAreNotNPlusOne() throws Exception {
        Setup s = setup();
        offered(s, 1);
        Setup t = setup();
        offered(t, 8);
        String month = TODAY.toString().substring(0, 7);
        int few = StatementCounter.count(() -> api.call(s.manager(), get("/api/v1/units/" + s.unit().unitId() + "/figures?from=" + month
                + "&to=" + month), null, 200));
        int many = StatementCounter.count(() -> api.call(t.manager(), get("/api/v1/units/" + t.unit().unitId() + "/figures?from=" + month
                + "&to=" + month), null, 200));
        assertThat(many).isEqualTo(few);
        JsonNode figures = api.call(t.manager(), get("/api/v1/units/" + t.unit().unitId() + "/figures?from=" + month + "&to=" + month), null, 200);
        // Every offer came 40 days after its sick leave started.
        assertThat(figures.get(0).get("medianDaysSickLeaveStartToOffer").asDouble()).isEqualTo(40.0);
    }

    void offered(Setup s, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            caseIn(s, sickLeave(s), CaseState.OFFERED);
        }
    }
}
