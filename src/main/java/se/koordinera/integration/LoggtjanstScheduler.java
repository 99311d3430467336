package se.koordinera.integration;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** Drains the outbox to Loggtjänsten every {@code KOORDINERA_LOGGTJANST_INTERVAL} (default 60 s); off without a URL. */
@Component
class LoggtjanstScheduler extends PeriodicTask {

    private final LoggtjanstSender sender;
    private final IntegrationSettings settings;

    LoggtjanstScheduler(LoggtjanstSender sender, IntegrationSettings settings) {
        super("loggtjanst-sender");
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    boolean configured() {
        return sender.configured();
    }

    @Override
    Duration interval() {
        return settings.loggtjanstInterval();
    }

    @Override
    void round() {
        sender.drain();
    }
}
