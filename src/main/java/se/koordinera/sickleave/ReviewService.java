package se.koordinera.sickleave;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.access.AccessControl;
import se.koordinera.access.KoordineraUser;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.UnitId;
import se.koordinera.patient.PatientRecord;
import se.koordinera.shared.SwedishTime;
import se.koordinera.sickleave.engine.SickLeaveCase;
import se.koordinera.sickleave.engine.SickLeaveEngine;

/**
 * "What is new since my last review" (issue 14 item 1): per user and unit, the time the user last
 * marked the unit reviewed ("Markera som genomgången") and what changed in the unit's sick leaves
 * since. Only the patients with a certificate imported, corrected or ending since are read.
 */
@Service
public class ReviewService {

    private final ReviewRepository reviews;
    private final CertificateRepository certificates;
    private final OverviewSettingsService settings;
    private final SickLeaveComputation computation;
    private final AccessControl access;
    private final ObjectProvider<CoordinationStatusLookup> coordination;
    private final java.time.Clock clock;

    ReviewService(ReviewRepository reviews, CertificateRepository certificates, OverviewSettingsService settings,
            SickLeaveComputation computation, AccessControl access, ObjectProvider<CoordinationStatusLookup> coordination,
            java.time.Clock clock) {
        this.reviews = reviews;
        this.certificates = certificates;
        this.settings = settings;
        this.computation = computation;
        this.access = access;
        this.coordination = coordination;
        this.clock = clock;
    }

    /** Marks the unit reviewed by the current user now; no patient data is read or written. */
    @Transactional
    public OffsetDateTime markReviewed(String unitId) {
        KoordineraUser user = access.requireCareAssignment(unitId);
        return reviews.markReviewed(user.hsaId(), unitId);
    }

    /** The user's last review of the unit, empty when never. */
    @Transactional(readOnly = true)
    public java.util.Optional<OffsetDateTime> lastReview(String unitId) {
        KoordineraUser user = access.requireCareAssignment(unitId);
        return reviews.lastReview(user.hsaId(), unitId);
    }

    /** What is new at the unit since the user's last review; each listed patient is logged as read. */
    @PatientData(function = "nytt sedan senaste genomgång")
    public WhatIsNew whatIsNew(@UnitId String unitId) {
        return compute(unitId);
    }

    /**
     * How many cases have something new, for the menu badge: counts only, nothing shown per patient,
     * so not logged; 0 for a user without a care assignment for the unit.
     */
    @Transactional(readOnly = true)
    public int newCount(String unitId) {
        if (unitId == null || !access.currentUser().mayAccessPatientsOf(unitId)) {
            return 0;
        }
        return compute(unitId).entries().size();
    }

    private WhatIsNew compute(String unitId) {
        KoordineraUser user = access.currentUser();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime last = reviews.lastReview(user.hsaId(), unitId).orElse(null);
        OffsetDateTime since = last != null ? last
                : today.minusDays(WhatIsNew.LOOK_BACK_DAYS).atStartOfDay(SwedishTime.ZONE).toOffsetDateTime();
        LocalDate reviewDay = since.atZoneSameInstant(SwedishTime.ZONE).toLocalDate();
        Set<String> patientIds = reviews.patientsChangedSince(unitId, since, reviewDay, today);
        if (patientIds.isEmpty()) {
            return new WhatIsNew(unitId, since, last == null, today, List.of());
        }
        Map<String, Boolean> changed = reviews.certificatesChangedSince(unitId, patientIds, since);
        Map<String, PatientRecord> patients = computation.patients(unitId, patientIds);
        int maxGap = settings.get(user.hsaId()).maxGapDays();
        CoordinationStatusLookup lookup = coordination.getIfAvailable();
        Map<String, String> states = lookup == null ? Map.of() : lookup.openCaseStates(unitId, patientIds);
        List<WhatIsNew.Entry> entries = new ArrayList<>();
        for (SickLeaveCase c : SickLeaveEngine.allCases(certificates.ofPatientsAtUnit(unitId, patientIds), maxGap, today)) {
            PatientRecord patient = patients.get(c.patientId());
            if (!SickLeaveService.visible(user, patient, c)) {
                continue;
            }
            List<WhatIsNew.Change> changes = WhatIsNew.changes(c, changed, reviewDay, today);
            if (!changes.isEmpty()) {
                entries.add(new WhatIsNew.Entry(SickLeaveService.toItem(c, patient, today, states.get(c.patientId())), changes));
            }
        }
        entries.sort(java.util.Comparator.comparing((WhatIsNew.Entry e) -> e.sickLeave().latestSigned(),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())).thenComparing(e -> e.sickLeave().patient().id()));
        return new WhatIsNew(unitId, since, last == null, today, List.copyOf(entries));
    }
}
