package se.koordinera.sickleave;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import se.koordinera.audit.AccessAction;
import se.koordinera.audit.PatientData;
import se.koordinera.audit.UnitId;
import se.koordinera.region.CareUnit;
import se.koordinera.patient.PatientRecord;
import se.koordinera.patient.PatientRegister;
import se.koordinera.region.RegionService;
import se.koordinera.shared.FieldProblem;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.InvalidInputException;

/**
 * Imports certificates: the whole batch is validated first, then stored in one transaction
 * (the {@link PatientData} interceptor provides it). Same id and content: no-op; same id and
 * other content: a correction that replaces the earlier version.
 */
@Service
public class CertificateImportService {

    private final CertificateRepository certificates;
    private final RegionService regions;
    private final PatientRegister register;

    public CertificateImportService(CertificateRepository certificates, RegionService regions, PatientRegister register) {
        this.certificates = certificates;
        this.regions = regions;
        this.register = register;
    }

    /** Validates without touching the database; throws 400 with every problem. Returns the units named. */
    public static Set<String> validate(List<CertificateInput> batch) {
        List<FieldProblem> problems = CertificateValidator.validate(batch);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() + " fel i begäran: inget intyg har sparats", problems);
        }
        Set<String> units = new TreeSet<>();
        batch.forEach(c -> units.add(c.careUnitId()));
        return units;
    }

    @PatientData(function = "import av sjukintyg", action = AccessAction.WRITE)
    public ImportResult importCertificates(@UnitId Collection<String> unitIds, List<CertificateInput> batch) {
        validate(batch);
        Map<String, CareUnit> units = regions.units(unitIds);
        List<FieldProblem> problems = new ArrayList<>();
        List<NormalizedCertificate> normalized = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            CertificateInput in = batch.get(i);
            if (!unitIds.contains(in.careUnitId())) {
                throw new IllegalArgumentException("Unit " + in.careUnitId() + " not among the checked units");
            }
            CareUnit unit = units.get(in.careUnitId());
            if (unit == null) {
                problems.add(new FieldProblem("[" + i + "].careUnitId", "Okänd vårdenhet " + in.careUnitId()));
            } else if (!unit.regionId().equals(in.careProviderId())) {
                problems.add(new FieldProblem("[" + i + "].careProviderId",
                        "Vårdenheten " + unit.id() + " hör till vårdgivaren " + unit.regionId() + ", inte " + in.careProviderId()));
            }
            normalized.add(NormalizedCertificate.of(in));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() + " fel i begäran: inget intyg har sparats", problems);
        }

        Map<CertificateRepository.Key, CertificateRepository.Stored> stored = certificates.findStored(normalized.stream()
                .map(NormalizedCertificate::key).toList());
        List<NormalizedCertificate> created = new ArrayList<>();
        List<NormalizedCertificate> updated = new ArrayList<>();
        int unchanged = 0;
        Map<String, Set<String>> written = new HashMap<>();
        for (NormalizedCertificate c : normalized) {
            CertificateRepository.Stored old = stored.get(c.key());
            if (old == null) {
                created.add(c);
            } else if (old.contentHash().equals(c.contentHash())) {
                unchanged++;
                continue;
            } else {
                if (!unitIds.contains(old.unitId())) {
                    // Moving a certificate away from a unit of the same provider is a write at that unit too.
                    throw new ForbiddenException("Intyget " + c.facts().id() + " hör till en vårdenhet du saknar uppdrag för");
                }
                updated.add(c);
                // A correction that moves the certificate also changes what the old patient and unit show.
                written.computeIfAbsent(old.unitId(), u -> new TreeSet<>()).add(old.patientId());
            }
            written.computeIfAbsent(c.facts().unitId(), u -> new TreeSet<>()).add(c.facts().patientId());
        }
        // Each certificate speaks for its own provider's register only (PDL 4 kap.).
        Map<List<String>, PatientRecord> patients = new LinkedHashMap<>();
        for (List<NormalizedCertificate> changed : List.of(created, updated)) {
            for (NormalizedCertificate c : changed) {
                patients.put(List.of(c.careProviderId(), c.facts().patientId()), c.patientRecord());
            }
        }
        register.recordFromCertificates(patients.values());
        if (!created.isEmpty()) {
            certificates.insert(created);
        }
        if (!updated.isEmpty()) {
            certificates.update(updated);
        }
        return new ImportResult(created.size(), updated.size(), unchanged, written);
    }
}
