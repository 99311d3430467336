package se.koordinera.coordination;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import se.koordinera.consent.Consent;
import se.koordinera.journal.JournalEntry;
import se.koordinera.journal.JournalType;
import se.koordinera.shared.SwedishTime;

/**
 * The case hub's timeline (tidslinje): what has happened in the case and what comes next,
 * newest first, with the dates in Swedish local time. Pure: it merges what the case page has
 * read (the case's journal entries, the patient's consents, the letters to Försäkringskassan)
 * with what other features contribute through {@link CoordinationPageSection#timeline}.
 */
public final class CaseTimeline {

    private CaseTimeline() {
    }

    /** The kind of an entry; the label is shown, the name is a stable hook for styles and tests. */
    public enum Kind {
        INTERVENTION("Insats"), LETTER("Brev till Försäkringskassan"), MEETING("Möte"), CONSENT_GIVEN("Samtycke lämnat"),
        CONSENT_WITHDRAWN("Samtycke återkallat"), PLAN("Plan"), FOLLOW_UP("Nästa uppföljning"), STATE("Ärendets status");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One entry: the day it happened (or is planned for), the time of day where it has one (in
     * Swedish time), the text, an optional link, and whether it lies ahead.
     */
    public record Entry(LocalDate date, LocalTime time, Kind kind, String text, String href, boolean upcoming) {

        public static Entry at(OffsetDateTime t, Kind kind, String text, String href, OffsetDateTime now) {
            OffsetDateTime local = t.atZoneSameInstant(SwedishTime.ZONE).toOffsetDateTime();
            return new Entry(local.toLocalDate(), local.toLocalTime(), kind, text, href, t.isAfter(now));
        }

        /** Something recorded: never upcoming, whatever the clock says. */
        public static Entry past(OffsetDateTime t, Kind kind, String text, String href) {
            Entry e = at(t, kind, text, href, t);
            return new Entry(e.date(), e.time(), kind, text, href, false);
        }

        public String kindName() {
            return kind.name();
        }
    }

    /** Newest (or furthest ahead) first; on one day the later time first. */
    static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::date)
            .thenComparing(e -> e.time() == null ? LocalTime.MIN : e.time()).reversed();

    /**
     * The case's own facts: interventions and plan entries of its journal (consent and FK
     * entries come from their own records below, so nothing is listed twice), every consent
     * given and withdrawn, each letter, the state changes, and what the sections add.
     */
    public static List<Entry> of(CoordinationCase c, Collection<JournalEntry> journal, Collection<Consent> consents,
            Collection<FkNotification> letters, Collection<Entry> contributed, OffsetDateTime now) {
        List<Entry> entries = new ArrayList<>(contributed);
        for (JournalEntry j : journal) {
            if (j.caseId() == null || j.caseId() != c.id()) {
                continue;
            }
            Kind kind = j.type() == JournalType.INTERVENTION ? Kind.INTERVENTION
                    : j.type() == JournalType.PLAN || j.type() == JournalType.FOLLOW_UP ? Kind.PLAN : null;
            if (kind == null) {
                continue;
            }
            LocalTime time = j.time().atZoneSameInstant(SwedishTime.ZONE).toLocalTime();
            String text = j.text() + (j.kva() == null ? "" : " (KVÅ " + j.kva() + ")") + " – " + j.author().name();
            // The occasion's date (an intervention may be documented afterwards); the time only when it is the same day.
            boolean sameDay = j.date() == null || j.date().equals(j.time().atZoneSameInstant(SwedishTime.ZONE).toLocalDate());
            entries.add(new Entry(j.date() == null ? j.time().atZoneSameInstant(SwedishTime.ZONE).toLocalDate() : j.date(),
                    sameDay ? time : null, kind, text, null, false));
        }
        for (Consent s : consents) {
            entries.add(new Entry(s.given(), s.given().equals(local(s.recordedAt())) ? time(s.recordedAt()) : null, Kind.CONSENT_GIVEN,
                    s.form().label() + " samtycke: " + s.scope().label().toLowerCase() + " – registrerat av " + s.recordedBy().name(), null, false));
            if (s.withdrawal() != null) {
                Consent.Withdrawal w = s.withdrawal();
                entries.add(new Entry(w.withdrawn(), w.withdrawn().equals(local(w.recordedAt())) ? time(w.recordedAt()) : null,
                        Kind.CONSENT_WITHDRAWN, "Samtycke återkallat: " + s.scope().label().toLowerCase() + " – registrerat av "
                        + w.recordedBy().name(), null, false));
            }
        }
        for (FkNotification l : letters) {
            entries.add(Entry.past(l.created(), Kind.LETTER, "Försäkringskassan informerad om behovet av rehabiliteringsåtgärder (KVÅ GC001)",
                    "/koordinering/brev/" + l.id()));
        }
        for (CoordinationCase.CaseEvent e : c.history()) {
            entries.add(Entry.past(e.time(), Kind.STATE, e.action().label() + " → " + e.toState().label()
                    + (e.outcome() == null ? "" : ": " + e.outcome().label()) + " – " + e.by().name(), null));
        }
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    private static LocalDate local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(SwedishTime.ZONE).toLocalDate();
    }

    private static LocalTime time(OffsetDateTime t) {
        return t.atZoneSameInstant(SwedishTime.ZONE).toLocalTime();
    }
}
