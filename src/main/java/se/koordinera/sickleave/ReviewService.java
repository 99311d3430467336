package se.koordinera.sickleave;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.access.AccessControl;
import se.koordinera.access.KoordineraUser;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.UnitId;
import se.koordinera.patient.PatientRecord;
import se.koordinera.region.RegionService;
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
    private final DataVersions versions;
    private final RegionService regions;

    /**
     * What is new of the unit's cases for every user alike, before the per-user rule: the menu badge
     * asks for it on every page. Never stale for the same reason as {@link UnitCasesCache}: the key
     * holds the PostgreSQL version stamps read before the rows (certificates, patients and case states
     * all advance them) and the review time the changes are counted from; the size and expiry only bound memory.
     */
    private final Cache<NewKey, Changes> unitChanges = Caffeine.newBuilder().maximumSize(256)
            .expireAfterAccess(java.time.Duration.ofMinutes(5)).build();

    private record NewKey(String careProviderId, String unitId, DataVersions.Stamps stamps, OffsetDateTime since, int maxGapDays,
            LocalDate today) {
    }

    /** A case with something new, with the provider's record of its patient for the per-user rule. */
    private record Candidate(SickLeaveCase sickLeaveCase, PatientRecord patient, WhatIsNew.Entry entry) {
    }

    /**
     * The unit's candidates, and apart those of patients with protected identity: every user with an
     * assignment sees all the others, so the badge on every page counts {@code unprotected} and applies
     * the per-user rule to the few protected ones only, instead of walking the whole list.
     */
    private record Changes(List<Candidate> all, List<Candidate> protectedOnes) {

        static Changes of(List<Candidate> all) {
            return new Changes(all, all.stream().filter(c -> c.patient().protectedIdentity()).toList());
        }

        int unprotected() {
            return all.size() - protectedOnes.size();
        }
    }

    ReviewService(ReviewRepository reviews, CertificateRepository certificates, OverviewSettingsService settings,
            SickLeaveComputation computation, AccessControl access, ObjectProvider<CoordinationStatusLookup> coordination,
            java.time.Clock clock, DataVersions versions, RegionService regions) {
        this.versions = versions;
        this.regions = regions;
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
        KoordineraUser user = access.currentUser();
        Changes changes = unitChanges(user, unitId, LocalDate.now(clock), reviews.lastReview(user.hsaId(), unitId).orElse(null));
        // The same rule as the list (SickLeaveService.visible), applied to the protected patients only.
        return changes.unprotected() + (int) changes.protectedOnes().stream()
                .filter(c -> SickLeaveService.visible(user, c.patient(), c.sickLeaveCase())).count();
    }

    private WhatIsNew compute(String unitId) {
        KoordineraUser user = access.currentUser();
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime last = reviews.lastReview(user.hsaId(), unitId).orElse(null);
        List<WhatIsNew.Entry> entries = new ArrayList<>();
        for (Candidate c : unitChanges(user, unitId, today, last).all()) {
            // Per user on every request, never cached: a protected patient only for the certificate's doctor.
            if (SickLeaveService.visible(user, c.patient(), c.sickLeaveCase())) {
                entries.add(c.entry());
            }
        }
        return new WhatIsNew(unitId, sinceOf(last, today), last == null, today, List.copyOf(entries));
    }

    /** The unit's changes since the user's last review ({@code null}: never, the look-back period), for every user alike. */
    private Changes unitChanges(KoordineraUser user, String unitId, LocalDate today, OffsetDateTime last) {
        OffsetDateTime since = sinceOf(last, today);
        int maxGap = settings.get(user.hsaId()).maxGapDays();
        String careProviderId = regions.unit(unitId).regionId();
        // The stamps first, the rows after (inside the loader): the cached value is then at least as new as its key.
        NewKey key = new NewKey(careProviderId, unitId, versions.of(careProviderId, unitId), since, maxGap, today);
        return unitChanges.get(key, k -> Changes.of(changes(unitId, since, maxGap, today)));
    }

    private static OffsetDateTime sinceOf(OffsetDateTime last, LocalDate today) {
        return last != null ? last : today.minusDays(WhatIsNew.LOOK_BACK_DAYS).atStartOfDay(SwedishTime.ZONE).toOffsetDateTime();
    }

    /** The unit's cases with something new since {@code since}, for every user alike (what {@link #unitChanges} holds). */
    private List<Candidate> changes(String unitId, OffsetDateTime since, int maxGap, LocalDate today) {
        LocalDate reviewDay = since.atZoneSameInstant(SwedishTime.ZONE).toLocalDate();
        Set<String> patientIds = reviews.patientsChangedSince(unitId, since, reviewDay, today);
        if (patientIds.isEmpty()) {
            return List.of();
        }
        Map<String, Boolean> changed = reviews.certificatesChangedSince(unitId, patientIds, since);
        Map<String, PatientRecord> patients = computation.patients(unitId, patientIds);
        CoordinationStatusLookup lookup = coordination.getIfAvailable();
        Map<String, String> states = lookup == null ? Map.of() : lookup.openCaseStates(unitId, patientIds);
        List<Candidate> candidates = new ArrayList<>();
        for (SickLeaveCase c : SickLeaveEngine.allCases(certificates.ofPatientsAtUnit(unitId, patientIds), maxGap, today)) {
            PatientRecord patient = patients.get(c.patientId());
            if (patient == null) {
                continue; // no record in the provider's register: shown to nobody (SickLeaveService.visible)
            }
            List<WhatIsNew.Change> changes = WhatIsNew.changes(c, changed, reviewDay, today);
            if (!changes.isEmpty()) {
                candidates.add(new Candidate(c, patient,
                        new WhatIsNew.Entry(SickLeaveService.toItem(c, patient, today, states.get(c.patientId())), changes)));
            }
        }
        candidates.sort(java.util.Comparator.comparing((Candidate c) -> c.entry().sickLeave().latestSigned(),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())).thenComparing(c -> c.entry().sickLeave().patient().id()));
        return List.copyOf(candidates);
    }
}
