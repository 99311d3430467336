package se.koordinera.integration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Role;
import se.koordinera.region.CareUnit;
import se.koordinera.region.RegionService;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.sickleave.CertificateFeedImport;
import se.koordinera.sickleave.CertificateInput;

/**
 * The certificate feed: fetches a unit's active sick leaves from Intygstjänsten
 * (ListActiveSickLeavesForCareUnit) and stores them through the import rules, certificate by
 * certificate. A failing call changes nothing and is recorded as the unit's last error.
 */
@Service
public class CertificateFeedService {

    private static final Logger log = LoggerFactory.getLogger(CertificateFeedService.class);

    private final IntygstjanstClient client;
    private final CertificateFeedImport feedImport;
    private final RegionService regions;
    private final FeedStatusRepository status;
    private final SystemActor system;
    private final IntegrationSettings settings;

    CertificateFeedService(IntygstjanstClient client, CertificateFeedImport feedImport, RegionService regions, FeedStatusRepository status,
            SystemActor system, IntegrationSettings settings) {
        this.client = client;
        this.feedImport = feedImport;
        this.regions = regions;
        this.status = status;
        this.system = system;
        this.settings = settings;
    }

    public record SyncResult(int received, int created, int updated, int unchanged, List<CertificateFeedImport.Rejected> rejected) {
    }

    /** Who may start a sync of the unit: a user with a care assignment there, or the region administrator of its region. */
    void requireMaySync(KoordineraUser user, CareUnit unit) {
        if (user.mayAccessPatientsOf(unit.id())) {
            return;
        }
        if (user.hasRole(Role.REGION_ADMIN)) {
            Set<String> units = regions.unitsOfRegion(unit.regionId()).stream().map(CareUnit::id).collect(Collectors.toSet());
            if (user.assignments().stream().anyMatch(a -> units.contains(a.unitId()))) {
                return;
            }
        }
        throw new ForbiddenException("Du saknar medarbetaruppdrag för vårdenheten " + unit.id()
                + " och är inte regionadministratör för dess region");
    }

    /** Syncs one unit now; a failure is recorded and rethrown as {@link RivCallException}. */
    public SyncResult sync(String unitId, String startedBy) {
        CareUnit unit = regions.unit(unitId);
        try {
            IntygstjanstClient.Answer answer = client.activeSickLeaves(unit.id(), settings.feedMaxDaysSinceEnd());
            List<String> providerUnits = regions.unitsOfRegion(unit.regionId()).stream().map(CareUnit::id).toList();
            Set<String> known = Set.copyOf(providerUnits);
            Map<String, Boolean> elsewhere = new HashMap<>();
            // Certificates from the unit's sub-units (mottagningar, unknown to Koordinera) are the unit's own.
            List<CertificateInput> inputs = new ArrayList<>(answer.certificates().size());
            answer.certificates().forEach(d -> inputs.add(FeedMapper.toInput(d, answer.careProvider(), unit.regionId(),
                    issued -> issued == null || !known.contains(issued) && !elsewhere.computeIfAbsent(issued, this::isKnownElsewhere) ? unit.id() : issued)));
            CertificateFeedImport.FeedResult result = inputs.isEmpty()
                    ? new CertificateFeedImport.FeedResult(0, 0, 0, 0, List.of())
                    : system.runFor(providerUnits, startedBy, () -> feedImport.importFeed(inputs));
            for (CertificateFeedImport.Rejected r : result.rejected()) {
                log.warn("Certificate feed of unit {}: certificate {} rejected: {}", unit.id(), r.id(),
                        r.errors().stream().map(e -> e.field()).collect(Collectors.joining(", ")));
            }
            SyncResult sync = new SyncResult(result.received(), result.created(), result.updated(), result.unchanged(), result.rejected());
            status.success(unit.id(), summary(sync));
            log.info("Certificate feed of unit {}: {}", unit.id(), summary(sync));
            return sync;
        } catch (RivCallException e) {
            status.failure(unit.id(), e.getMessage());
            log.warn("Certificate feed of unit {} failed: {}", unit.id(), e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            status.failure(unit.id(), "Oväntat fel: " + e.getMessage());
            throw e;
        }
    }

    private boolean isKnownElsewhere(String unitId) {
        return regions.findUnit(unitId).isPresent();
    }

    /** Syncs every configured unit (default: all); one unit's failure never stops the others. */
    void syncAll(boolean claim) {
        syncAll(settings.feedUnits().isEmpty() ? regions.allUnits().stream().map(CareUnit::id).toList() : settings.feedUnits(), claim);
    }

    void syncAll(List<String> units, boolean claim) {
        for (String unitId : units) {
            if (claim && !status.claim(unitId, Math.max(60, settings.feedInterval().toSeconds()))) {
                continue;
            }
            try {
                sync(unitId, null);
            } catch (RuntimeException e) {
                // recorded in the unit's status; go on with the next unit
            } finally {
                if (claim) {
                    status.release(unitId);
                }
            }
        }
    }

    List<FeedStatusRepository.UnitStatus> statuses() {
        return status.all();
    }

    boolean configured() {
        return client.unitFeedConfigured();
    }

    static String summary(SyncResult r) {
        return r.received() + " mottagna, " + r.created() + " nya, " + r.updated() + " ändrade, " + r.unchanged() + " oförändrade, "
                + r.rejected().size() + " avvisade";
    }

}
