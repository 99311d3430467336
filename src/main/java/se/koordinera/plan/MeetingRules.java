package se.koordinera.plan;

import se.koordinera.shared.SwedishTime;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.koordinera.consent.ConsentScope;
import se.koordinera.coordination.Actor;
import se.koordinera.coordination.ConsentRequirements;
import se.koordinera.coordination.InterventionType;

/** Pure rules of meetings: a booking and minutes from their validated requests, the consents external participants need, and the iCalendar file. */
public final class MeetingRules {

    private MeetingRules() {
    }

    public record Booking(Meeting.Kind kind, ZonedDateTime startsAt, int durationMinutes, String location, boolean video, String videoLink,
            List<Meeting.Participant> participants, String agenda, boolean recordedAfterwards) {
    }

    /**
     * A booking whose time has passed is a record of a meeting held, not an invitation: refused
     * unless the user says so ({@code recordedAfterwards}), so that a mistyped date is not
     * stored silently (issue 12). The message goes next to the date and the form keeps its values.
     */
    public static void requireFutureOrRecordedAfterwards(Booking b, java.time.Instant now) {
        if (b.startsAt().toInstant().isBefore(now) && !b.recordedAfterwards()) {
            throw new se.koordinera.shared.InvalidInputException("date", "Tiden har redan passerat. Ändra datum och tid, eller kryssa i "
                    + "att mötet redan har ägt rum och registreras i efterhand");
        }
    }

    public record NewMinutes(String minutes, List<CarePlan.Activity> agreedActions) {
    }

    /** A bound and validated booking in Swedish time; the kind defaults to a reconciliation meeting. */
    public static Booking booking(PlanRequests.Booking b) {
        return new Booking(b.kindOrDefault(), ZonedDateTime.of(b.date(), b.time(), SwedishTime.ZONE), b.durationMinutes(), b.location(),
                Boolean.TRUE.equals(b.video()), b.videoLink(),
                b.participants().stream().map(p -> new Meeting.Participant(p.actor(), p.name())).toList(), b.agenda(),
                Boolean.TRUE.equals(b.recordedAfterwards()));
    }

    public static NewMinutes minutes(PlanRequests.Minutes m) {
        return new NewMinutes(m.minutes(), PlanRequests.Activity.all(m.agreedActions()));
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

    /**
     * Every participant's role for the journal note of a meeting (issue 12: it named one actor),
     * with the contact person's name where one was given: "patienten, arbetsgivaren (Chefen Chefsson)
     * och Försäkringskassan". The patient first, then in the order of the booking.
     */
    public static String participantRoles(List<Meeting.Participant> participants) {
        List<String> roles = new java.util.ArrayList<>();
        participants.stream().sorted(java.util.Comparator.comparing(p -> p.actor() != PlanActor.PATIENT)).forEach(p -> {
            String role = p.actor() == PlanActor.FK || p.actor() == PlanActor.AF ? p.actor().label() : p.actor().label().toLowerCase();
            String one = role + (p.name() == null || p.name().isBlank() ? "" : " (" + p.name().trim() + ")");
            if (!roles.contains(one)) {
                roles.add(one);
            }
        });
        if (roles.size() < 2) {
            return String.join("", roles);
        }
        return String.join(", ", roles.subList(0, roles.size() - 1)) + " och " + roles.get(roles.size() - 1);
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
        // A cancellation is METHOD:CANCEL with STATUS:CANCELLED; every move or cancellation raises SEQUENCE, same UID (RFC 5546).
        line(b, m.cancelled() ? "METHOD:CANCEL" : "METHOD:PUBLISH");
        line(b, "BEGIN:VEVENT");
        line(b, "UID:" + m.uid());
        line(b, "SEQUENCE:" + m.sequence());
        line(b, "STATUS:" + (m.cancelled() ? "CANCELLED" : "CONFIRMED"));
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
