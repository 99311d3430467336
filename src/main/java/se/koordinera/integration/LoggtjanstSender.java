package se.koordinera.integration;

import jakarta.xml.ws.WebServiceException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.koordinera.integration.riv.log.storelog.v2.StoreLog;
import se.koordinera.integration.riv.log.storelog.v2.StoreLogResponderInterface;
import se.koordinera.integration.riv.log.storelog.v2.StoreLogResponse;
import se.koordinera.integration.riv.log.v2.ResultCodeType;
import se.koordinera.region.CareUnit;
import se.koordinera.region.Region;
import se.koordinera.region.RegionService;

/**
 * Sends the outbox to Loggtjänsten (StoreLog v2) in batches of at most 500. Each batch is locked
 * with {@code FOR UPDATE SKIP LOCKED} for the duration of the call, so several nodes share the
 * work and never send a post at the same time; a post leaves the outbox only after Loggtjänsten
 * answered OK or INFO (at least once: after a crash mid-call the batch is sent again with the same
 * {@code logId}s). Faults, timeouts and answers without a result are retried with backoff; ERROR,
 * VALIDATION_ERROR and ACCESSDENIED are parked for the region administrator, after the batch's
 * posts were tried one by one so that only the refused ones are parked.
 */
@Component
class LoggtjanstSender {

    private static final Logger log = LoggerFactory.getLogger(LoggtjanstSender.class);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final LoggtjanstOutbox outbox;
    private final TransactionTemplate transactions;
    private final RegionService regions;
    private final RivClientFactory factory;
    private final IntegrationSettings settings;
    private volatile StoreLogResponderInterface port;

    LoggtjanstSender(LoggtjanstOutbox outbox, TransactionTemplate transactions, RegionService regions, RivClientFactory factory,
            IntegrationSettings settings) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.regions = regions;
        this.factory = factory;
        this.settings = settings;
        factory.warnIfPlainHttp("Loggtjänsten (StoreLog)", settings.loggtjanstUrl());
    }

    boolean configured() {
        return settings.loggtjanstUrl() != null;
    }

    LoggtjanstOutbox.Stats stats() {
        return outbox.stats();
    }

    /** Posts Loggtjänsten refused, newest first (no patient data in the answer). */
    List<LoggtjanstOutbox.Parked> parked(int limit) {
        return outbox.parked(limit);
    }

    /** Sends due posts until none is left or a call fails; returns the number of posts that left the outbox or were parked. */
    int drain() {
        int total = 0;
        while (true) {
            int handled = sendBatch();
            if (handled <= 0) {
                return total;
            }
            total += handled;
        }
    }

    /** One batch: the posts handled (sent or parked), 0 when none was due, -1 when the call failed and will be retried. */
    int sendBatch() {
        Integer handled = transactions.execute(status -> {
            List<LoggtjanstOutbox.Row> rows = outbox.lockDue(settings.loggtjanstBatch());
            if (rows.isEmpty()) {
                return 0;
            }
            StoreLog request = new StoreLog();
            Map<String, LogPosts.Unit> units = units(rows);
            for (LoggtjanstOutbox.Row row : rows) {
                request.log.add(LogPosts.post(row, units.get(row.unitId()), settings.systemHsaId(), settings.systemName()));
            }
            StoreLogResponse response;
            try {
                response = port().storeLog(settings.loggtjanstLogicalAddress(), request);
            } catch (WebServiceException e) {
                String code = Retrying.faultCode(e);
                String error = code == null ? "Loggtjänsten kunde inte nås: " + Retrying.rootMessage(e)
                        : "SOAP-fel (" + code + "): " + Retrying.rootMessage(e);
                log.warn("StoreLog of {} posts failed, retrying later: {}", rows.size(), error);
                outbox.retryLater(rows, error, settings.backoff(), MAX_BACKOFF);
                return -1;
            }
            if (response == null || response.result == null || response.result.resultCode == null) {
                // e.g. a result in the wrong namespace: never taken as success
                outbox.retryLater(rows, "Svar utan resultat", settings.backoff(), MAX_BACKOFF);
                return -1;
            }
            ResultCodeType code = response.result.resultCode;
            String text = code + (response.result.resultText == null ? "" : ": " + response.result.resultText);
            switch (code) {
                case OK, INFO -> outbox.delete(rows);
                case ERROR, VALIDATION_ERROR, ACCESSDENIED -> {
                    if (rows.size() > 1) {
                        // Nothing of the call was stored: try each post on its own so that only the refused ones are parked.
                        outbox.sendSeparately(rows, text);
                        log.warn("StoreLog refused a batch of {} posts ({}); sending them one by one", rows.size(), text);
                    } else {
                        outbox.park(rows, text);
                        log.warn("StoreLog refused post {} ({}); parked", rows.get(0).logId(), text);
                    }
                }
                default -> {
                    outbox.retryLater(rows, "Oväntad resultatkod " + text, settings.backoff(), MAX_BACKOFF);
                    return -1;
                }
            }
            return rows.size();
        });
        return handled == null ? 0 : handled;
    }

    private Map<String, LogPosts.Unit> units(List<LoggtjanstOutbox.Row> rows) {
        Map<String, CareUnit> units = regions.units(rows.stream().map(LoggtjanstOutbox.Row::unitId).distinct().toList());
        Map<String, Optional<Region>> providers = new HashMap<>();
        Map<String, LogPosts.Unit> result = new HashMap<>();
        for (LoggtjanstOutbox.Row row : rows) {
            result.computeIfAbsent(row.unitId(), id -> {
                CareUnit unit = units.get(id);
                if (unit == null) {
                    return new LogPosts.Unit(id, null, id, null);
                }
                Optional<Region> region = providers.computeIfAbsent(unit.regionId(), regions::findRegion);
                return new LogPosts.Unit(id, unit.name(), unit.regionId(), region.map(Region::name).orElse(null));
            });
        }
        return result;
    }

    private StoreLogResponderInterface port() {
        if (port == null) {
            port = factory.create(StoreLogResponderInterface.class, settings.loggtjanstUrl());
        }
        return port;
    }
}
