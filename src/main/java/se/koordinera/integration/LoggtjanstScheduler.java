package se.koordinera.integration;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Drains the outbox to Loggtjänsten every {@code KOORDINERA_LOGGTJANST_INTERVAL} (default 60 s); off without a URL. */
@Component
class LoggtjanstScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LoggtjanstScheduler.class);

    private final LoggtjanstSender sender;
    private final IntegrationSettings settings;
    private ScheduledExecutorService executor;

    LoggtjanstScheduler(LoggtjanstSender sender, IntegrationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        Duration interval = settings.loggtjanstInterval();
        if (!sender.configured() || interval.isZero() || interval.isNegative()) {
            log.info("PDL log sender to Loggtjänsten is off");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "loggtjanst-sender");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                sender.drain();
            } catch (RuntimeException e) {
                log.warn("PDL log sender round failed", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("PDL log sender to Loggtjänsten every {}", interval);
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
