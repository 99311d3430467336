package se.koordinera.integration;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Syncs the configured units every {@code KOORDINERA_FEED_INTERVAL} (default 15 minutes; 0 = off);
 * off as long as no Intygstjänsten endpoint is configured.
 */
@Component
class FeedScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedScheduler.class);

    private final CertificateFeedService feed;
    private final IntegrationSettings settings;
    private ScheduledExecutorService executor;

    FeedScheduler(CertificateFeedService feed, IntegrationSettings settings) {
        this.feed = feed;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        Duration interval = settings.feedInterval();
        if (!feed.configured() || interval.isZero() || interval.isNegative()) {
            log.info("Certificate feed from Intygstjänsten is off");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "certificate-feed");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                feed.syncAll(true);
            } catch (RuntimeException e) {
                log.warn("Certificate feed round failed", e);
            }
        }, Math.min(interval.toMillis(), 10_000), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Certificate feed from Intygstjänsten every {}", interval);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
