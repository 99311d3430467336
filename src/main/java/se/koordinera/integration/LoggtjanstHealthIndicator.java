package se.koordinera.integration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The outbox on {@code /actuator/health} (component {@code loggtjanst}) and as Prometheus gauges:
 * {@code koordinera_loggtjanst_oldest_unsent_age_seconds}, {@code koordinera_loggtjanst_pending_posts}
 * and {@code koordinera_loggtjanst_parked_posts}. DEGRADED (never DOWN) when the oldest unsent post is
 * older than twice the send interval plus a minute, or posts are parked.
 */
@Component("loggtjanst")
class LoggtjanstHealthIndicator implements HealthIndicator {

    private final LoggtjanstOutbox outbox;
    private final LoggtjanstSender sender;
    private final IntegrationSettings settings;

    LoggtjanstHealthIndicator(LoggtjanstOutbox outbox, LoggtjanstSender sender, IntegrationSettings settings, MeterRegistry registry) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        Gauge.builder("koordinera.loggtjanst.oldest.unsent.age", this, h -> {
            Long age = h.outbox.stats().oldestPendingAgeSeconds();
            return age == null ? 0 : age;
        }).baseUnit("seconds").description("Age of the oldest PDL post not yet accepted by Loggtjänsten").register(registry);
        Gauge.builder("koordinera.loggtjanst.pending.posts", this, h -> h.outbox.stats().pending())
                .description("PDL posts waiting for Loggtjänsten").register(registry);
        Gauge.builder("koordinera.loggtjanst.parked.posts", this, h -> h.outbox.stats().parked())
                .description("PDL posts refused by Loggtjänsten, parked for the region administrator").register(registry);
    }

    @Override
    public Health health() {
        LoggtjanstOutbox.Stats stats = outbox.stats();
        long age = stats.oldestPendingAgeSeconds() == null ? 0 : stats.oldestPendingAgeSeconds();
        if (!sender.configured()) {
            return Health.up().withDetail("enabled", false).withDetail("pendingPosts", stats.pending()).build();
        }
        long limit = 2 * settings.loggtjanstInterval().toSeconds() + 60;
        boolean degraded = age > limit || stats.parked() > 0;
        return (degraded ? Health.status(FeedHealthIndicator.DEGRADED) : Health.up())
                .withDetail("enabled", true)
                .withDetail("oldestUnsentAgeSeconds", age)
                .withDetail("pendingPosts", stats.pending())
                .withDetail("parkedPosts", stats.parked())
                .build();
    }
}
