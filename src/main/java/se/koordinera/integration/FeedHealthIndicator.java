package se.koordinera.integration;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The feed on {@code /actuator/health} as component {@code certificateFeed}: {@code DEGRADED}
 * (answered with 200, see application.properties) when a unit's last sync failed, never DOWN:
 * Koordinera works without the feed, on the certificates it has.
 */
@Component("certificateFeed")
class FeedHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Minst en vårdenhets senaste synkronisering misslyckades");

    private final CertificateFeedService feed;

    FeedHealthIndicator(CertificateFeedService feed) {
        this.feed = feed;
    }

    @Override
    public Health health() {
        if (!feed.configured()) {
            return Health.up().withDetail("enabled", false).build();
        }
        Map<String, Object> failing = new LinkedHashMap<>();
        int ok = 0;
        for (FeedStatusRepository.UnitStatus s : feed.statuses()) {
            if (s.failing()) {
                failing.put(s.unitId(), s.lastError());
            } else {
                ok++;
            }
        }
        Health.Builder builder = failing.isEmpty() ? Health.up() : Health.status(DEGRADED);
        return builder.withDetail("enabled", true).withDetail("unitsOk", ok).withDetail("failingUnits", failing).build();
    }
}
