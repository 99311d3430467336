package se.koordinera.sickleave;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.koordinera.audit.PatientListing;
import se.koordinera.sickleave.engine.CandidateRules;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.SickLeaveCase;

/**
 * What is new at the unit since the user last marked it reviewed (<em>nytt sedan senaste
 * genomgång</em>): new sick leaves, new and corrected certificates, changed degree and ended cases.
 *
 * @param since         the last review, or the start of the look-back when the user never marked the unit reviewed
 * @param neverReviewed true when the user has never marked the unit reviewed
 */
public record WhatIsNew(String unitId, OffsetDateTime since, boolean neverReviewed, LocalDate today, List<Entry> entries)
        implements PatientListing {

    /** Without a review, the list looks back this many days. */
    public static final int LOOK_BACK_DAYS = 7;

    public enum Kind {
        NEW_SICK_LEAVE("Nytt sjukfall"),
        NEW_CERTIFICATE("Nytt intyg"),
        CORRECTED_CERTIFICATE("Rättat intyg"),
        CHANGED_DEGREE("Ändrad sjukskrivningsgrad"),
        ENDED("Avslutat sjukfall");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One change, with its text. */
    public record Change(Kind kind, String label, String text) {
    }

    /** A case with what changed in it. */
    public record Entry(SickLeaveItem sickLeave, List<Change> changes) {
    }

    @Override
    @JsonIgnore
    public Collection<String> listedPatientIds() {
        return entries.stream().map(e -> e.sickLeave().patient().id()).distinct().toList();
    }

    /**
     * The changes of one case since the review (pure).
     *
     * <ul>
     *   <li>a new sick leave: every certificate of the case was imported after the review;</li>
     *   <li>otherwise each certificate imported after it is a new certificate, each corrected after it a corrected one;</li>
     *   <li>changed degree: the case covers today and had a degree on the review day (or the last covered day
     *       before it) that differs from today's;</li>
     *   <li>ended: the case's last day lies on or after the review day and before today.</li>
     * </ul>
     *
     * @param changed certificate id to "imported after the review" (true) or "corrected after it" (false)
     */
    static List<Change> changes(SickLeaveCase c, Map<String, Boolean> changed, LocalDate reviewDay, LocalDate today) {
        List<Change> changes = new ArrayList<>();
        if (c.start().isAfter(today)) {
            return changes;
        }
        boolean allNew = c.certificates().stream().allMatch(x -> Boolean.TRUE.equals(changed.get(x.id())));
        if (allNew) {
            changes.add(new Change(Kind.NEW_SICK_LEAVE, Kind.NEW_SICK_LEAVE.label(), "Sjukfallet började " + c.start() + ", "
                    + c.certificates().size() + (c.certificates().size() == 1 ? " intyg" : " intyg totalt")));
        } else {
            for (CertificateFacts x : c.certificates()) {
                Boolean imported = changed.get(x.id());
                if (imported != null) {
                    Kind kind = imported ? Kind.NEW_CERTIFICATE : Kind.CORRECTED_CERTIFICATE;
                    changes.add(new Change(kind, kind.label(), "Intyg signerat " + x.signed() + ", " + x.start() + " – " + x.end()
                            + ", " + x.periods().get(x.periods().size() - 1).degree() + " %"));
                }
            }
            int now = CandidateRules.degreeOn(c, today);
            int before = 0;
            for (LocalDate d = reviewDay; !d.isBefore(c.start()) && before == 0; d = d.minusDays(1)) {
                before = CandidateRules.degreeOn(c, d);
            }
            if (now != 0 && before != 0 && now != before) {
                changes.add(new Change(Kind.CHANGED_DEGREE, Kind.CHANGED_DEGREE.label(), "Från " + before + " % till " + now + " %"));
            }
        }
        if (!c.end().isBefore(reviewDay) && c.end().isBefore(today)) {
            changes.add(new Change(Kind.ENDED, Kind.ENDED.label(), "Sista dagen var " + c.end() + " (" + c.days() + " dagar)"));
        }
        return changes;
    }
}
