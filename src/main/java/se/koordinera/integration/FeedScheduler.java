package se.koordinera.integration;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Syncs the configured units every {@code KOORDINERA_FEED_INTERVAL} (default 15 minutes; 0 = off);
 * off as long as no Intygstjänsten endpoint is configured.
 */
@Component
class FeedScheduler extends PeriodicTask {

    private final CertificateFeedService feed;
    private final IntegrationSettings settings;

    FeedScheduler(CertificateFeedService feed, IntegrationSettings settings) {
        super("certificate-feed");
        this.feed = feed;
        this.settings = settings;
    }

    @Override
    boolean configured() {
        return feed.configured();
    }

    @Override
    Duration interval() {
        return settings.feedInterval();
    }

    /** The first round soon after start (at most 10 s), so that a restarted node is fed without waiting a whole interval. */
    @Override
    long initialDelayMillis(Duration interval) {
        return Math.min(interval.toMillis(), 10_000);
    }

    @Override
    void round() {
        feed.syncAll(true);
    }
}
