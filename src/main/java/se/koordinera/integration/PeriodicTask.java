package se.koordinera.integration;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A round of work repeated with a fixed delay on a daemon thread of its own, started with the
 * application and off when its service is not configured or the interval is 0. One copy of the
 * scheduling for the certificate feed and the Loggtjänsten sender.
 */
abstract class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private ScheduledExecutorService executor;

    PeriodicTask(String name) {
        this.name = name;
    }

    abstract boolean configured();

    abstract Duration interval();

    /** The first round: by default one interval after start. */
    long initialDelayMillis(Duration interval) {
        return interval.toMillis();
    }

    abstract void round();

    @Override
    public synchronized void start() {
        Duration interval = interval();
        if (!configured() || interval.isZero() || interval.isNegative()) {
            log.info("{} is off", name);
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                round();
            } catch (RuntimeException e) {
                log.warn("{}: round failed", name, e);
            }
        }, initialDelayMillis(interval), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("{} every {}", name, interval);
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
