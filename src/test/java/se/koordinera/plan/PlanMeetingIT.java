package se.koordinera.plan;

import se.koordinera.web.SubmittedForm;
import se.koordinera.shared.SwedishTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PlanMeetingIT extends PlanApiIT {

    static final String[] TABLES = {"meeting", "meeting_minutes", "journal_entry", "patient_agreement", "coordination_case_event"};

    Map<String, Long> counts() {
        Map<String, Long> c = new LinkedHashMap<>();
        for (String t : TABLES) {
            c.put(t, data.count(t));
        }
        return c;
    }

    long acceptedCase() throws Exception {
        long id = newCase();
        TestData.User doctor = data.doctor(unit.unitId());
        call(doctor, post("/api/v1/cases/" + id + "/assessment" + q()), Map.of("relevant", true), 200);
        call(coordinator, post("/api/v1/cases/" + id + "/offer" + q()), null, 200);
        consent("COORDINATION");
        return id;
    }

    JsonNode consent(String scope) throws Exception {
        return call(coordinator, post("/api/v1/patients/" + patient.value() + "/consents" + q()),
                Map.of("scope", scope, "form", "ORAL", "given", today.toString()), 201);
    }

    Map<String, Object> booking(LocalDate date, String... actors) {
        List<Map<String, Object>> participants = new java.util.ArrayList<>();
        participants.add(Map.of("actor", "PATIENT"));
        for (String a : actors) {
            participants.add(Map.of("actor", a, "name", "Kontakt " + a));
        }
        return Map.of("date", date.toString(), "time", "08:00", "durationMinutes", 60, "location", "Vårdcentralen, rum 3",
                "agenda", "Genomgång av planen", "participants", participants, "recordedAfterwards", true);
    }

    byte[] bytes(String url, String expectedType) throws Exception {
        MvcResult r = mvc.perform(get(url).with(httpBasic(coordinator.username(), TestData.PASSWORD))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith(expectedType);
        return r.getResponse().getContentAsByteArray();
    }

    @Test
    void aMeetingNeedsConsentForEachExternalParticipantAndIsRecordedAsGc001() throws Exception {
        long id = acceptedCase();
        Map<String, Long> before = counts();
        JsonNode refused = call(coordinator, post("/api/v1/cases/" + id + "/meetings" + q()), booking(today, "EMPLOYER", "FK"), 409);
        assertThat(refused.get("detail").asText()).containsIgnoringCase("arbetsgivare").containsIgnoringCase("Försäkringskassan");
        assertThat(counts()).isEqualTo(before);

        consent("CONTACT_EMPLOYER");
        consent("INFORM_FK");
        JsonNode meeting = call(coordinator, post("/api/v1/cases/" + id + "/meetings" + q()), booking(today, "EMPLOYER", "FK"), 201);
        long meetingId = meeting.get("id").asLong();

        String ics = new String(bytes("/api/v1/meetings/" + meetingId + "/invitation.ics" + q(), "text/calendar"),
                java.nio.charset.StandardCharsets.UTF_8);
        Map<String, String> props = IcsParser.parse(ics);
        String start = ZonedDateTime.of(today, java.time.LocalTime.of(8, 0), SwedishTime.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertThat(props.get("DTSTART")).isEqualTo(start);
        assertThat(props.get("UID")).isEqualTo(meeting.get("uid").asText());
        assertThat(IcsParser.unescape(props.get("LOCATION"))).isEqualTo("Vårdcentralen, rum 3");
        assertThat(ics).doesNotContain(patient.value());

        JsonNode withMinutes = call(coordinator, post("/api/v1/meetings/" + meetingId + "/minutes" + q()), Map.of("minutes",
                "Arbetsgivaren erbjuder anpassade arbetsuppgifter", "agreedActions",
                List.of(Map.of("text", "Arbetsplatsbesök", "actor", "EMPLOYER", "due", today.plusDays(14).toString()))), 201);
        assertThat(withMinutes.get("minutes").get(0).get("version").asInt()).isEqualTo(1);
        long entry = withMinutes.get("minutes").get(0).get("journalEntryId").asLong();
        JsonNode journal = call(coordinator, get("/api/v1/patients/" + patient.value() + "/journal" + q()), null, 200);
        JsonNode gc = null;
        for (JsonNode e : journal) {
            if (e.get("id").asLong() == entry) {
                gc = e;
            }
        }
        assertThat(gc).isNotNull();
        assertThat(gc.get("kva").asText()).isEqualTo("GC001");
        assertThat(gc.get("interventionType").asText()).isEqualTo("COLLABORATION");
        assertThat(call(coordinator, get("/api/v1/cases/" + id + q()), null, 200).get("state").asText()).isEqualTo("ACTIVE");
        // the agreed action feeds the plan until a plan version takes it in
        JsonNode planView = call(coordinator, get("/api/v1/cases/" + id + "/plan" + q()), null, 200);
        assertThat(planView.get("meetingActionsNotInPlan")).hasSize(1);
        assertThat(planView.get("meetingActionsNotInPlan").get(0).get("text").asText()).isEqualTo("Arbetsplatsbesök");
        Map<String, Object> withAction = plan(0, 100);
        withAction.put("activities", List.of(Map.of("text", "Arbetsplatsbesök", "actor", "EMPLOYER", "due", today.plusDays(14).toString())));
        call(coordinator, post("/api/v1/cases/" + id + "/plan" + q()), withAction, 201);
        assertThat(call(coordinator, get("/api/v1/cases/" + id + "/plan" + q()), null, 200).get("meetingActionsNotInPlan")).isEmpty();

        // a corrected version of the minutes: a new row, no second GC001
        long journalCount = data.count("journal_entry");
        JsonNode v2 = call(coordinator, post("/api/v1/meetings/" + meetingId + "/minutes" + q()),
                Map.of("minutes", "Rättelse: anpassade arbetsuppgifter från måndag"), 201);
        assertThat(v2.get("minutes")).hasSize(2);
        assertThat(data.count("journal_entry")).isEqualTo(journalCount);
        assertThatThrownBy(() -> jdbc.sql("update meeting_minutes set minutes = 'x' where meeting_id = ?").param(meetingId).update())
                .rootCause().hasMessageContaining("append-only");

        // the employer consent withdrawn: no more minutes with the employer
        JsonNode consents = call(coordinator, get("/api/v1/patients/" + patient.value() + "/consents" + q()), null, 200);
        for (JsonNode c : consents) {
            if (c.get("scope").asText().equals("CONTACT_EMPLOYER")) {
                call(coordinator, post("/api/v1/consents/" + c.get("id").asLong() + "/withdrawal" + q()), Map.of("withdrawn", today.toString()), 201);
            }
        }
        before = counts();
        call(coordinator, post("/api/v1/meetings/" + meetingId + "/minutes" + q()), Map.of("minutes", "Till"), 409);
        call(coordinator, post("/api/v1/cases/" + id + "/meetings" + q()), booking(today, "EMPLOYER"), 409);
        // a future meeting has no minutes yet
        long future = call(coordinator, post("/api/v1/cases/" + id + "/meetings" + q()), booking(today.plusDays(3), "FK"), 201).get("id").asLong();
        before = counts();
        call(coordinator, post("/api/v1/meetings/" + future + "/minutes" + q()), Map.of("minutes", "För tidigt"), 409);
        TestData.User outsider = data.coordinator(data.newUnit().unitId());
        call(outsider, get("/api/v1/meetings/" + meetingId + "/invitation.ics" + q()), null, 403);
        call(outsider, post("/api/v1/meetings/" + meetingId + "/minutes" + q()), Map.of("minutes", "x"), 403);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aMeetingBeforeTheOfferIsAcceptedIsRefused() throws Exception {
        long id = newCase();
        Map<String, Long> before = counts();
        call(coordinator, post("/api/v1/cases/" + id + "/meetings" + q()), booking(today, "EMPLOYER"), 409);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void thePatientAgreementIsVersionedAndPrintedInPlainSwedish() throws Exception {
        long id = acceptedCase();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("basedOnVersion", 0, "expectations", "Att orka arbeta halvtid igen",
                "worries", "Att bli sämre av stressen", "agreed", "Vi börjar med halvtid och ses varannan vecka",
                "actions", List.of(Map.of("text", "Prata med chefen om arbetstider", "actor", "PATIENT", "due", today.plusDays(7).toString())),
                "contactPerson", "Rehab Koordinator", "contactPhone", "010-123 45 67", "nextContact", today.plusDays(14).toString()));
        JsonNode v1 = call(coordinator, post("/api/v1/cases/" + id + "/agreement" + q()), body, 201);
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        long before = data.count("patient_agreement");
        call(coordinator, post("/api/v1/cases/" + id + "/agreement" + q()), body, 409);
        Map<String, Object> bad = new java.util.HashMap<>(body);
        bad.put("basedOnVersion", 1);
        bad.remove("agreed");
        bad.put("nextContact", "snart");
        JsonNode problem = call(coordinator, post("/api/v1/cases/" + id + "/agreement" + q()), bad, 400);
        assertThat(problem.get("errors").toString()).contains("agreed").contains("nextContact");
        assertThat(data.count("patient_agreement")).isEqualTo(before);
        body.put("basedOnVersion", 1);
        body.put("agreed", "Vi börjar med 25 procent");
        assertThat(call(coordinator, post("/api/v1/cases/" + id + "/agreement" + q()), body, 201).get("version").asInt()).isEqualTo(2);
        JsonNode all = call(coordinator, get("/api/v1/cases/" + id + "/agreement" + q()), null, 200);
        assertThat(all.get("versions")).hasSize(2);

        byte[] pdf = bytes("/api/v1/cases/" + id + "/agreement/pdf" + q() + "&version=1", "application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Vår överenskommelse").contains("Det här oroar dig").contains("Att bli sämre av stressen")
                    .contains("Vi börjar med halvtid").contains("Patienten: Prata med chefen om arbetstider")
                    .contains("Din kontaktperson").contains("Rehab Koordinator").contains("Nästa gång vi hörs")
                    .contains(today.plusDays(14).toString());
        }
    }

    @Test
    void thePageBooksAMeetingRecordsMinutesAndSavesTheAgreement() throws Exception {
        long id = acceptedCase();
        consent("CONTACT_EMPLOYER");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        MvcResult booked = mvc.perform(asUser(post("/koordinering/arenden/" + id + "/moten/boka")).with(csrf)
                .param("kind", "RECONCILIATION").param("date", today.toString()).param("time", "07:00").param("durationMinutes", "45")
                .param("location", "Rum 3").param("participants[0].actor", "PATIENT").param("participants[2].actor", "EMPLOYER")
                .param("participants[2].name", "Chefen").param("participants[3].name", "")
                .param("agenda", "Plan framåt").param("recordedAfterwards", "true")).andReturn();
        assertThat(booked.getFlashMap().get("error")).isNull();
        JsonNode list = call(coordinator, get("/api/v1/cases/" + id + "/meetings" + q()), null, 200);
        long meetingId = list.get("items").get(0).get("id").asLong();
        MvcResult minutes = mvc.perform(asUser(post("/koordinering/arenden/" + id + "/moten/" + meetingId + "/anteckningar")).with(csrf)
                .param("minutes", "Bra möte").param("agreedActions[0].text", "Besök").param("agreedActions[0].actor", "EMPLOYER")
                .param("agreedActions[0].due", today.plusDays(5).toString())).andReturn();
        assertThat(minutes.getFlashMap().get("error")).isNull();
        MvcResult agreed = mvc.perform(asUser(post("/koordinering/arenden/" + id + "/moten/overenskommelse")).with(csrf)
                .param("basedOnVersion", "0").param("agreed", "Halvtid").param("contactPerson", "Kim").param("nextContact",
                        today.plusDays(7).toString()).param("actions[0].text", "").param("actions[0].actor", "")
                .param("actions[0].due", "").param("actions[1].text", "").param("actions[1].actor", "").param("actions[1].due", "")).andReturn();
        assertThat(agreed.getFlashMap().get("error")).isNull();
        String html = mvc.perform(asUser(get("/koordinering/arenden/" + id + "/moten"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("agreement-pdf").contains("Registrerat som koordineringsinsats").contains("Chefen");
        byte[] pdf = mvc.perform(asUser(get("/koordinering/arenden/" + id + "/overenskommelse.pdf"))).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String ics = mvc.perform(asUser(get("/koordinering/moten/" + meetingId + "/kallelse.ics"))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(IcsParser.parse(ics).get("SUMMARY")).startsWith("Avstämningsmöte");
    }

    /** Issue 12 items 4 and 5: a refused booking and agreement come back as typed, each message next to its field. */
    @Test
    void aRefusedBookingOrAgreementKeepsWhatWasTyped() throws Exception {
        long id = acceptedCase();
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        MvcResult booking = mvc.perform(asUser(post("/koordinering/arenden/" + id + "/moten/boka")).with(csrf)
                .param("kind", "RECONCILIATION").param("date", today.toString()).param("time", "07:00").param("durationMinutes", "2")
                .param("participants[0].actor", "PATIENT").param("participants[2].actor", "EMPLOYER")
                .param("participants[2].name", "Chefen Chefsson").param("participants[3].name", "").param("agenda", "")).andReturn();
        assertThat(data.count("select count(*) from meeting where case_id = ?", id)).isZero();
        SubmittedForm kept = (SubmittedForm) booking.getFlashMap().get(SubmittedForm.ATTRIBUTE);
        assertThat(kept.errors()).containsOnlyKeys("durationMinutes", "agenda");
        assertThat(kept.errors().get("agenda")).isEqualTo("Skriv en dagordning");
        String html = mvc.perform(asUser(get("/koordinering/arenden/" + id + "/moten")).cookie(booking.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("value=\"Chefen Chefsson\"").contains("id=\"agenda-error\"")
                .contains("aria-describedby=\"agenda-error agenda-counter\"").contains("id=\"meeting-duration-error\"")
                .doesNotContain("durationMinutes:").doesNotContain("(R10");

        MvcResult agreement = mvc.perform(asUser(post("/koordinering/arenden/" + id + "/moten/overenskommelse")).with(csrf)
                .param("basedOnVersion", "0").param("expectations", "Att komma tillbaka i maj").param("agreed", "")
                .param("contactPerson", "Kim").param("nextContact", "")
                .param("actions[0].text", "Ringa chefen").param("actions[0].actor", "").param("actions[0].due", today.plusDays(3).toString()))
                .andReturn();
        SubmittedForm typed = (SubmittedForm) agreement.getFlashMap().get(SubmittedForm.ATTRIBUTE);
        assertThat(typed.errors()).containsOnlyKeys("agreed", "nextContact", "actions[0].actor");
        String page = mvc.perform(asUser(get("/koordinering/arenden/" + id + "/moten")).cookie(agreement.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Att komma tillbaka i maj").contains("value=\"Ringa chefen\"").contains("id=\"action-actor-0-error\"")
                .contains("Välj vem som ansvarar").contains("id=\"nextContact-error\"");
    }
}
