package se.koordinera.sickleave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.koordinera.access.CurrentUser;
import se.koordinera.access.KoordineraUser;
import se.koordinera.patient.PatientRecord;
import se.koordinera.patient.PatientRegister;
import se.koordinera.patient.Personnummer;
import se.koordinera.region.RegionService;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.EngineParameters;
import se.koordinera.sickleave.engine.SickLeaveCase;
import se.koordinera.sickleave.engine.SickLeaveEngine;
import se.koordinera.shared.NotFoundException;

/**
 * Reads certificates and runs the engine, without access check or log. Package-private on
 * purpose: only the {@code @PatientData} methods of this feature call it, each logging what it
 * shows with the right action (a print is logged as PRINT, not also as READ).
 */
@Component
class SickLeaveComputation {

    private final CertificateRepository certificates;
    private final OverviewSettingsService settings;
    private final CurrentUser currentUser;
    private final ObjectProvider<CoordinationStatusLookup> coordination;
    private final PatientRegister register;
    private final RegionService regions;
    private final java.time.Clock clock;
    private final DataVersions versions;
    private final UnitCasesCache cache;

    SickLeaveComputation(CertificateRepository certificates, OverviewSettingsService settings, CurrentUser currentUser,
            ObjectProvider<CoordinationStatusLookup> coordination, PatientRegister register, RegionService regions,
            java.time.Clock clock, DataVersions versions, UnitCasesCache cache) {
        this.clock = clock;
        this.versions = versions;
        this.cache = cache;
        this.certificates = certificates;
        this.register = register;
        this.regions = regions;
        this.settings = settings;
        this.currentUser = currentUser;
        this.coordination = coordination;
    }

    /**
     * The engine's cases of the unit that the current user may see, before filtering. Not logged
     * by itself: only for the {@code @PatientData} methods of the sick-leave feature that log what they show.
     */
    SickLeaveService.Computed compute(String unitId, SickLeaveQuery query) {
        KoordineraUser user = currentUser.get();
        OverviewSettings own = settings.get(user.hsaId());
        EngineParameters parameters = new EngineParameters(query.activeOn(),
                query.maxGapDays() != null ? query.maxGapDays() : own.maxGapDays(),
                query.endedWithinDays() != null ? query.endedWithinDays() : own.endedWithinDays());
        String careProviderId = regions.unit(unitId).regionId();
        // The stamps first, the rows after: the cached value is then at least as new as its key.
        UnitCasesCache.Key key = UnitCasesCache.Key.of(careProviderId, unitId, versions.of(careProviderId, unitId), parameters);
        UnitCasesCache.Rows rows = cache.get(key, () -> load(unitId, parameters));

        // Per-user rules on every request, never cached: a protected patient only for the certificate's doctor.
        if (rows.protectedRows().stream().noneMatch(r -> SickLeaveService.visible(user, r.patient(), r.sickLeaveCase()))) {
            // Users who see no protected patient see the same list (every row of a patient without protection).
            return new SickLeaveService.Computed(parameters, rows.unprotectedItems(), new UnitCasesCache.Visible(key, null));
        }
        List<SickLeaveItem> items = new ArrayList<>(rows.all().size());
        for (UnitCasesCache.Row row : rows.all()) {
            if (SickLeaveService.visible(user, row.patient(), row.sickLeaveCase())) {
                items.add(row.item());
            }
        }
        return new SickLeaveService.Computed(parameters, List.copyOf(items), new UnitCasesCache.Visible(key, user.hsaId()));
    }

    /** The visible cases that match the query's filters, in its order (cached under the list's version). */
    List<SickLeaveItem> matching(SickLeaveService.Computed computed, SickLeaveQuery query) {
        return derived(computed, query, MatchingCases.class, () -> new MatchingCases(SickLeaveService.match(computed.visible(), query))).cases();
    }

    private record MatchingCases(List<SickLeaveItem> cases) {
    }

    /** A value computed from the visible list and the query's filters and order, cached under the list's version. */
    <T> T derived(SickLeaveService.Computed computed, SickLeaveQuery query, Class<T> kind, java.util.function.Supplier<T> compute) {
        return cache.derived(computed.version(), query, kind, compute);
    }

    /** The unit's cases with their patients' records and rows, for every user alike (what {@link UnitCasesCache} holds). */
    private List<UnitCasesCache.Row> load(String unitId, EngineParameters parameters) {
        List<CertificateFacts> facts = certificates.relevantForOverview(unitId, parameters.activeOn().minusDays(parameters.endedWithinDays()));
        List<SickLeaveCase> cases = SickLeaveEngine.overview(facts, parameters);
        Map<String, PatientRecord> patients = patients(unitId, cases.stream().map(SickLeaveCase::patientId).toList());
        Map<String, String> states = coordinationStates(unitId, cases);
        List<UnitCasesCache.Row> rows = new ArrayList<>(cases.size());
        for (SickLeaveCase c : cases) {
            PatientRecord patient = patients.get(c.patientId());
            if (patient != null) { // no record in the provider's register: shown to nobody (SickLeaveService.visible)
                rows.add(new UnitCasesCache.Row(c, patient, SickLeaveService.toItem(c, patient, parameters.activeOn(), states.get(c.patientId()))));
            }
        }
        // Kept in the default order: the per-request sort of an already ordered list is one pass (TimSort).
        rows.sort(java.util.Comparator.comparing(UnitCasesCache.Row::item, SickLeaveService.comparator(SickLeaveQuery.DEFAULT_SORT)));
        return rows;
    }

    /** The patient's cases as {@link SickLeaveService#patientCases} gives them, unlogged: only for logged methods of this feature. */
    List<SickLeaveService.PatientCase> patientCases(String unitId, Personnummer patientId, LocalDate today) {
        KoordineraUser user = currentUser.get();
        List<CertificateFacts> facts = certificates.ofPatientAtUnit(unitId, patientId.value());
        PatientRecord patient = patients(unitId, List.of(patientId.value())).get(patientId.value());
        if (facts.isEmpty() || patient == null) {
            throw new NotFoundException("Patienten har inga sjukfall på vårdenheten");
        }
        int maxGap = settings.get(user.hsaId()).maxGapDays();
        List<SickLeaveCase> cases = SickLeaveEngine.allCases(facts, maxGap, today);
        // A protected patient's cases are shown only where the doctor issued the current certificate.
        List<SickLeaveCase> visible = cases.stream().filter(c -> SickLeaveService.visible(user, patient, c)).toList();
        if (visible.isEmpty()) {
            throw new NotFoundException("Patienten har inga sjukfall på vårdenheten");
        }
        return visible.stream().map(c -> new SickLeaveService.PatientCase(SickLeaveService.toItem(c, patient, today, null), c.certificates())).toList();
    }

    /**
     * Of these patients, those with a sick leave at the unit that the current user may see (the
     * overview's rule, protected identity included). Unlogged: for use inside logged methods.
     */
    java.util.Set<String> visiblePatients(String unitId, java.util.Collection<String> patientIds) {
        return visibleCertificates(unitId, patientIds).keySet();
    }

    /**
     * The certificates at the unit of those of these patients whose sick leave the current user
     * may see, by patient. Unlogged: for use inside logged methods.
     */
    Map<String, List<CertificateFacts>> visibleCertificates(String unitId, java.util.Collection<String> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        KoordineraUser user = currentUser.get();
        Map<String, PatientRecord> records = patients(unitId, patientIds);
        int maxGap = settings.get(user.hsaId()).maxGapDays();
        Map<String, List<CertificateFacts>> visible = new java.util.HashMap<>();
        for (SickLeaveCase c : SickLeaveEngine.allCases(certificates.ofPatientsAtUnit(unitId, patientIds), maxGap, java.time.LocalDate.now(clock))) {
            if (SickLeaveService.visible(user, records.get(c.patientId()), c)) {
                visible.computeIfAbsent(c.patientId(), k -> new ArrayList<>()).addAll(c.certificates());
            }
        }
        return visible;
    }

    /** The unit's care provider's own records of these patients: never another provider's name or flag. */
    Map<String, PatientRecord> patients(String unitId, java.util.Collection<String> patientIds) {
        return register.find(regions.unit(unitId).regionId(), patientIds);
    }

    private Map<String, String> coordinationStates(String unitId, List<SickLeaveCase> cases) {
        CoordinationStatusLookup lookup = coordination.getIfAvailable();
        if (lookup == null || cases.isEmpty()) {
            return Map.of();
        }
        return lookup.openCaseStates(unitId, cases.stream().map(SickLeaveCase::patientId).toList());
    }
}
