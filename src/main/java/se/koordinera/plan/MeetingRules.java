package se.koordinera.plan;

import se.koordinera.shared.SwedishTime;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.koordinera.consent.ConsentScope;
import se.koordinera.coordination.Actor;
import se.koordinera.coordination.ConsentRequirements;
import se.koordinera.coordination.Input;
import se.koordinera.coordination.InterventionType;

/** Pure rules of meetings: reading a booking and minutes, the consents external participants need, and the iCalendar file. */
public final class MeetingRules {

    private MeetingRules() {
    }

    public record Booking(Meeting.Kind kind, ZonedDateTime startsAt, int durationMinutes, String location, boolean video, String videoLink,
            List<Meeting.Participant> participants, String agenda) {
    }

    public record NewMinutes(String minutes, List<CarePlan.Activity> agreedActions) {
    }

    public static Booking parseBooking(Map<String, Object> body) {
        Map<String, Object> b = body == null ? Map.of() : body;
        Input in = Input.of(b, "kind", "date", "time", "durationMinutes", "location", "video", "videoLink", "participants", "agenda");
        Meeting.Kind kind = in.enumValue("kind", Meeting.Kind.class, false);
        LocalDate date = in.date("date", true, null);
        String t = in.text("time", true);
        LocalTime time = null;
        if (t != null) {
            try {
                time = LocalTime.parse(t);
            } catch (DateTimeParseException e) {
                in.problem("time", "Fältet time ska vara en tid TT:MM");
            }
        }
        Integer duration = in.integer("durationMinutes", true, 5, 480);
        String location = in.text("location", false);
        Boolean video = in.bool("video", false);
        String videoLink = in.text("videoLink", false);
        String agenda = in.note("agenda", true);
        List<Meeting.Participant> participants = new ArrayList<>();
        List<Map<String, Object>> raw = PlanRules.list(in, b, "participants");
        for (int i = 0; i < raw.size(); i++) {
            Input pi = Input.of(raw.get(i), "actor", "name");
            PlanActor actor = pi.enumValue("actor", PlanActor.class, true);
            String name = pi.text("name", false);
            try {
                pi.failIfProblems();
                participants.add(new Meeting.Participant(actor, name));
            } catch (se.koordinera.shared.InvalidInputException e) {
                int n = i;
                e.errors().forEach(p -> in.problem("participants[" + n + "]." + p.field(), p.message()));
            }
        }
        Meeting.Kind k = kind == null ? Meeting.Kind.RECONCILIATION : kind;
        if (in.ok() && participants.stream().noneMatch(p -> p.actor() == PlanActor.PATIENT)) {
            in.problem("participants", "Patienten ska vara med bland deltagarna (R10: patienten först)");
        }
        if (in.ok() && k == Meeting.Kind.RECONCILIATION && participants.stream().noneMatch(p -> external(p.actor()))) {
            in.problem("participants", "Ett avstämningsmöte har minst en aktör utanför vården: arbetsgivare, Försäkringskassan, "
                    + "Arbetsförmedlingen eller kommunen");
        }
        if (in.ok() && !Boolean.TRUE.equals(video) && location == null) {
            in.problem("location", "Ange plats, eller att mötet är ett videomöte");
        }
        in.failIfProblems();
        return new Booking(k, ZonedDateTime.of(date, time, SwedishTime.ZONE), duration, location, Boolean.TRUE.equals(video), videoLink,
                List.copyOf(participants), agenda);
    }

    public static NewMinutes parseMinutes(Map<String, Object> body) {
        Map<String, Object> b = body == null ? Map.of() : body;
        Input in = Input.of(b, "minutes", "agreedActions");
        String minutes = in.note("minutes", true);
        List<CarePlan.Activity> actions = PlanRules.actions(in, b, "agreedActions");
        in.failIfProblems();
        return new NewMinutes(minutes, actions);
    }

    static boolean external(PlanActor a) {
        return a == PlanActor.EMPLOYER || a == PlanActor.FK || a == PlanActor.AF || a == PlanActor.MUNICIPALITY;
    }

    static Actor actor(PlanActor a) {
        return switch (a) {
            case EMPLOYER -> Actor.EMPLOYER;
            case FK -> Actor.FK;
            case AF -> Actor.AF;
            case MUNICIPALITY -> Actor.MUNICIPALITY;
            default -> null;
        };
    }

    /** Consents the meeting needs: coordination, plus one per external participant (employer, AF/municipality, FK). */
    public static Set<ConsentScope> requiredConsents(List<Meeting.Participant> participants) {
        Set<ConsentScope> required = EnumSet.of(ConsentScope.COORDINATION);
        participants.stream().map(p -> actor(p.actor())).filter(java.util.Objects::nonNull)
                .forEach(a -> required.addAll(ConsentRequirements.forIntervention(InterventionType.COLLABORATION, a)));
        return required;
    }

    /** How the meeting is registered as an intervention (GC001): collaboration with the first external actor, else personal support. */
    public static InterventionType interventionType(List<Meeting.Participant> participants) {
        return primaryActor(participants) != null ? InterventionType.COLLABORATION : InterventionType.PERSONAL_SUPPORT;
    }

    public static Actor primaryActor(List<Meeting.Participant> participants) {
        for (PlanActor a : List.of(PlanActor.FK, PlanActor.EMPLOYER, PlanActor.AF, PlanActor.MUNICIPALITY)) {
            if (participants.stream().anyMatch(p -> p.actor() == a)) {
                return actor(a);
            }
        }
        return null;
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /**
     * The invitation as iCalendar (RFC 5545): CRLF line endings, text escaped, lines folded at 75
     * octets. No personnummer and no patient name: the file goes to the other participants.
     */
    public static String ics(Meeting m, String unitName, OffsetDateTime stamp) {
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Koordinera//Koordineringsinsatser//SV");
        line(b, "CALSCALE:GREGORIAN");
        line(b, "METHOD:PUBLISH");
        line(b, "BEGIN:VEVENT");
        line(b, "UID:" + m.uid());
        line(b, "DTSTAMP:" + UTC.format(stamp.withOffsetSameInstant(ZoneOffset.UTC)));
        line(b, "DTSTART:" + UTC.format(m.startsAt().withOffsetSameInstant(ZoneOffset.UTC)));
        line(b, "DTEND:" + UTC.format(m.startsAt().plusMinutes(m.durationMinutes()).withOffsetSameInstant(ZoneOffset.UTC)));
        line(b, "SUMMARY:" + escape(m.kind().label() + ", " + unitName));
        String where = m.video() ? "Videomöte" + (m.videoLink() == null ? "" : ": " + m.videoLink()) : m.location();
        line(b, "LOCATION:" + escape(where));
        StringBuilder d = new StringBuilder("Dagordning:\n").append(m.agenda()).append("\n\nDeltagare: ");
        d.append(String.join(", ", m.participants().stream().map(p -> p.actor().label() + (p.name() == null ? "" : " (" + p.name() + ")")).toList()));
        line(b, "DESCRIPTION:" + escape(d.toString()));
        line(b, "END:VEVENT");
        line(b, "END:VCALENDAR");
        return b.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\r", "\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets (UTF-8), never inside a character. */
    static void line(StringBuilder b, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
