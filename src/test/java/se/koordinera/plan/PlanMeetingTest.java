package se.koordinera.plan;

import se.koordinera.shared.SwedishTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import se.koordinera.consent.ConsentScope;
import se.koordinera.coordination.Actor;
import se.koordinera.coordination.InterventionType;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.RequestBinder;
import jakarta.validation.Validation;

class PlanMeetingTest {

    static final RequestBinder BINDER = new RequestBinder(Validation.buildDefaultValidatorFactory().getValidator());

    static MeetingRules.Booking parseBooking(Map<String, Object> body) {
        return MeetingRules.booking(BINDER.bind(body, PlanRequests.Booking.class));
    }

    static Meeting meeting(List<Meeting.Participant> participants, String agenda) {
        return new Meeting(1, 2, "191212121212", Meeting.Kind.RECONCILIATION,
                ZonedDateTime.of(2026, 6, 15, 9, 30, 0, 0, SwedishTime.ZONE).toOffsetDateTime(), 60, "Vårdcentralen, rum 3; plan 2",
                false, null, participants, agenda, "abc@koordinera.se", new CarePlan.By("x", "X"), List.of());
    }

    @Test
    void everyExternalParticipantNeedsItsConsent() {
        assertThat(MeetingRules.requiredConsents(List.of(new Meeting.Participant(PlanActor.PATIENT, null))))
                .containsExactly(ConsentScope.COORDINATION);
        assertThat(MeetingRules.requiredConsents(List.of(new Meeting.Participant(PlanActor.PATIENT, null),
                new Meeting.Participant(PlanActor.EMPLOYER, "Chefen"), new Meeting.Participant(PlanActor.AF, null),
                new Meeting.Participant(PlanActor.FK, null), new Meeting.Participant(PlanActor.MUNICIPALITY, null))))
                .containsExactlyInAnyOrder(ConsentScope.COORDINATION, ConsentScope.CONTACT_EMPLOYER, ConsentScope.CONTACT_OTHER_ACTORS,
                        ConsentScope.INFORM_FK);
        List<Meeting.Participant> withFk = List.of(new Meeting.Participant(PlanActor.PATIENT, null),
                new Meeting.Participant(PlanActor.EMPLOYER, null), new Meeting.Participant(PlanActor.FK, null));
        assertThat(MeetingRules.interventionType(withFk)).isEqualTo(InterventionType.COLLABORATION);
        assertThat(MeetingRules.primaryActor(withFk)).isEqualTo(Actor.FK);
        assertThat(MeetingRules.interventionType(List.of(new Meeting.Participant(PlanActor.PATIENT, null))))
                .isEqualTo(InterventionType.PERSONAL_SUPPORT);
    }

    @Test
    void aReconciliationMeetingHasThePatientAndAnExternalActor() {
        Map<String, Object> body = Map.of("date", "2026-06-15", "time", "09:30", "durationMinutes", 60, "location", "Rum 3", "agenda", "Plan",
                "participants", List.of(Map.of("actor", "CARE")));
        assertThatThrownBy(() -> parseBooking(body)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("participants"));
        Map<String, Object> ok = Map.of("date", "2026-06-15", "time", "09:30", "durationMinutes", 60, "video", true, "videoLink", "https://video.example/m/1", "agenda", "Plan",
                "participants", List.of(Map.of("actor", "PATIENT"), Map.of("actor", "EMPLOYER", "name", "Chefen")));
        MeetingRules.Booking b = parseBooking(ok);
        assertThat(b.startsAt().toOffsetDateTime().getOffset().getTotalSeconds()).isEqualTo(7200);
        Map<String, Object> bad = Map.of("date", "2026-06-15", "time", "9.30", "durationMinutes", 2, "agenda", "Plan",
                "participants", List.of(Map.of("actor", "PATIENT"), Map.of("name", "Chefen")));
        assertThatThrownBy(() -> parseBooking(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field() + ": " + f.message()).containsExactlyInAnyOrder(
                        "time: Ange en tid som TT:MM", "durationMinutes: Ange en längd mellan 5 och 480 minuter",
                        "participants[1].actor: Välj deltagare"));
    }

    /** RFC 5545: CRLF, lines of at most 75 octets, TEXT escaped; times in UTC. */
    @Test
    void icsIsValidICalendar() {
        String agenda = "Genomgång av planen, arbetsgivarens möjligheter; nästa steg\nÅterkoppling " + "lång text ".repeat(20);
        String ics = MeetingRules.ics(meeting(List.of(new Meeting.Participant(PlanActor.PATIENT, null),
                new Meeting.Participant(PlanActor.EMPLOYER, "Chefen")), agenda), "Vårdcentralen Väst", OffsetDateTime.parse("2026-06-01T10:00:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        Map<String, String> props = IcsParser.parse(ics);
        assertThat(props.get("DTSTART")).isEqualTo("20260615T073000Z");
        assertThat(props.get("DTEND")).isEqualTo("20260615T083000Z");
        assertThat(props.get("SUMMARY")).isEqualTo("Avstämningsmöte\\, Vårdcentralen Väst");
        assertThat(props.get("LOCATION")).isEqualTo("Vårdcentralen\\, rum 3\\; plan 2");
        assertThat(IcsParser.unescape(props.get("DESCRIPTION"))).contains(agenda).contains("Arbetsgivaren (Chefen)");
        assertThat(ics).doesNotContain("191212121212").doesNotContain("19121212");
    }

    @Test
    @DisplayName("R12: a video meeting needs its link, and a time that has passed is refused unless recorded afterwards")
    void videoLinkAndBackDatedMeetings() {
        Map<String, Object> video = Map.of("date", "2026-06-15", "time", "09:30", "durationMinutes", 60, "video", true, "agenda", "Plan",
                "participants", List.of(Map.of("actor", "PATIENT"), Map.of("actor", "EMPLOYER")));
        assertThatThrownBy(() -> parseBooking(video)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field() + ": " + f.message()).containsExactly("videoLink: Ange länken till videomötet"));
        Map<String, Object> held = Map.of("date", "2026-06-15", "time", "09:30", "durationMinutes", 60, "location", "Rum 3", "agenda", "Plan",
                "participants", List.of(Map.of("actor", "PATIENT"), Map.of("actor", "EMPLOYER")));
        java.time.Instant after = ZonedDateTime.of(2026, 6, 15, 10, 0, 0, 0, SwedishTime.ZONE).toInstant();
        assertThatThrownBy(() -> MeetingRules.requireFutureOrRecordedAfterwards(parseBooking(held), after))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("date"));
        Map<String, Object> afterwards = new java.util.HashMap<>(held);
        afterwards.put("recordedAfterwards", true);
        MeetingRules.requireFutureOrRecordedAfterwards(parseBooking(afterwards), after);
        MeetingRules.requireFutureOrRecordedAfterwards(parseBooking(held), after.minusSeconds(3600));
    }

    @Test
    @DisplayName("R15: the journal note of a meeting names every participant's role")
    void theMeetingNoteNamesEveryRole() {
        assertThat(MeetingRules.participantRoles(List.of(new Meeting.Participant(PlanActor.EMPLOYER, "Chefen Chefsson"),
                new Meeting.Participant(PlanActor.PATIENT, null), new Meeting.Participant(PlanActor.FK, null),
                new Meeting.Participant(PlanActor.CARE, " ")))).isEqualTo("patienten, arbetsgivaren (Chefen Chefsson), Försäkringskassan och vården");
        assertThat(MeetingRules.participantRoles(List.of(new Meeting.Participant(PlanActor.PATIENT, null)))).isEqualTo("patienten");
    }
}
