package se.koordinera.sickleave;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import se.koordinera.region.CareUnit;
import se.koordinera.region.RegionService;
import se.koordinera.shared.FieldProblem;

/**
 * Imports certificates from a feed (Intygstjänsten) through the same validation, care-provider
 * rules and storage as the import API, but not all-or-nothing: each certificate that breaks a
 * rule is returned as rejected with its problems, and the others are stored through
 * {@link CertificateImportService#importCertificates} (so the {@code @PatientData} guard checks
 * the caller's assignments and logs every write). The caller must hold a Vård och behandling
 * assignment for every unit the certificates name.
 */
@Service
public class CertificateFeedImport {

    private final CertificateImportService importer;
    private final CertificateRepository certificates;
    private final RegionService regions;

    public CertificateFeedImport(CertificateImportService importer, CertificateRepository certificates, RegionService regions) {
        this.importer = importer;
        this.certificates = certificates;
        this.regions = regions;
    }

    /** A certificate of the feed that was not stored, with every problem found (fields named as in the import API). */
    public record Rejected(String id, List<FieldProblem> errors) {
    }

    public record FeedResult(int received, int created, int updated, int unchanged, List<Rejected> rejected) {
    }

    public FeedResult importFeed(List<CertificateInput> batch) {
        List<Rejected> rejected = new ArrayList<>();
        List<CertificateInput> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> unitIds = new HashSet<>();
        for (CertificateInput c : batch) {
            if (c != null && c.careUnitId() != null) {
                unitIds.add(c.careUnitId());
            }
        }
        Map<String, CareUnit> units = regions.units(unitIds);
        for (CertificateInput c : batch) {
            List<FieldProblem> problems = new ArrayList<>();
            for (FieldProblem p : CertificateValidator.validate(List.of(c))) {
                problems.add(new FieldProblem(stripIndex(p.field()), p.message()));
            }
            String id = c == null ? null : c.id();
            if (id != null && !seen.add(id)) {
                problems.add(new FieldProblem("id", "Intygs-id " + id + " förekommer flera gånger i svaret"));
            }
            if (c != null && c.careUnitId() != null && !c.careUnitId().isBlank()) {
                CareUnit unit = units.get(c.careUnitId());
                if (unit == null) {
                    problems.add(new FieldProblem("careUnitId", "Okänd vårdenhet " + c.careUnitId()));
                } else if (c.careProviderId() != null && !unit.regionId().equals(c.careProviderId())) {
                    problems.add(new FieldProblem("careProviderId",
                            "Vårdenheten " + unit.id() + " hör till vårdgivaren " + unit.regionId() + ", inte " + c.careProviderId()));
                }
            }
            if (problems.isEmpty()) {
                valid.add(c);
            } else {
                rejected.add(new Rejected(id, problems));
            }
        }
        // Certificate ids are unique per care provider: a stored certificate of the same key is the provider's own and
        // may move between its units; a correction that moves it is a write at the old unit too.
        Map<CertificateRepository.Key, CertificateRepository.Stored> stored = valid.isEmpty() ? Map.of()
                : certificates.findStored(valid.stream().map(c -> new CertificateRepository.Key(c.careProviderId(), c.id())).toList());
        List<CertificateInput> accepted = new ArrayList<>(valid.size());
        Set<String> touched = new LinkedHashSet<>();
        for (CertificateInput c : valid) {
            CertificateRepository.Stored old = stored.get(new CertificateRepository.Key(c.careProviderId(), c.id()));
            if (old != null) {
                touched.add(old.unitId());
            }
            touched.add(c.careUnitId());
            accepted.add(c);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int from = 0; from < accepted.size(); from += CertificateValidator.MAX_BATCH) {
            List<CertificateInput> chunk = accepted.subList(from, Math.min(accepted.size(), from + CertificateValidator.MAX_BATCH));
            ImportResult result = importer.importCertificates(touched, chunk);
            created += result.created();
            updated += result.updated();
            unchanged += result.unchanged();
        }
        return new FeedResult(batch.size(), created, updated, unchanged, rejected);
    }

    private static String stripIndex(String field) {
        if (field.startsWith("[0].")) {
            return field.substring(4);
        }
        return field.startsWith("[0]") ? field.substring(3) : field;
    }

}
