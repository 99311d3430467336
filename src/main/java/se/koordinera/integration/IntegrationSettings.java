package se.koordinera.integration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The settings of the integrations, read under their environment-variable names (e.g.
 * {@code KOORDINERA_FEED_INTERVAL}) or the dotted form ({@code koordinera.feed.interval}).
 * Nothing set: the feed and the log sender are off.
 */
@Component
class IntegrationSettings {

    private final Environment env;

    IntegrationSettings(Environment env) {
        this.env = env;
    }

    String get(String name, String defaultValue) {
        String value = env.getProperty(name);
        if (value == null) {
            value = env.getProperty(name.toLowerCase().replace('_', '.'));
        }
        return value == null || value.isBlank() ? defaultValue : value.trim();
    }

    Duration duration(String name, String defaultValue) {
        String value = get(name, defaultValue);
        return "0".equals(value) ? Duration.ZERO : DurationStyle.detectAndParse(value);
    }

    int integer(String name, int defaultValue) {
        return Integer.parseInt(get(name, String.valueOf(defaultValue)));
    }

    // Intygstjänsten

    String unitUrl() {
        return get("KOORDINERA_INTYGSTJANST_UNIT_URL", null);
    }

    String personUrl() {
        return get("KOORDINERA_INTYGSTJANST_PERSON_URL", null);
    }

    String intygstjanstLogicalAddress() {
        return get("KOORDINERA_INTYGSTJANST_LOGICAL_ADDRESS", "5565594230");
    }

    /** 0 = no scheduled sync. */
    Duration feedInterval() {
        return duration("KOORDINERA_FEED_INTERVAL", "15m");
    }

    /** The units to sync on the schedule; empty = every unit in the database. */
    List<String> feedUnits() {
        String value = get("KOORDINERA_FEED_UNITS", "");
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    int feedMaxDaysSinceEnd() {
        return Math.max(0, Math.min(14, integer("KOORDINERA_FEED_MAX_DAYS_SINCE_END", 14)));
    }

    // Transport (shared by every RIV-TA client)

    Duration connectTimeout() {
        return duration("KOORDINERA_RIV_CONNECT_TIMEOUT", "5s");
    }

    Duration receiveTimeout() {
        return duration("KOORDINERA_RIV_RECEIVE_TIMEOUT", "60s");
    }

    int attempts() {
        return Math.max(1, integer("KOORDINERA_RIV_ATTEMPTS", 3));
    }

    Duration backoff() {
        return duration("KOORDINERA_RIV_BACKOFF", "2s");
    }

    Path keystore() {
        String value = get("KOORDINERA_NTJP_KEYSTORE", null);
        return value == null ? null : Path.of(value);
    }

    String keystorePassword() {
        return get("KOORDINERA_NTJP_KEYSTORE_PASSWORD", "");
    }

    Path truststore() {
        String value = get("KOORDINERA_NTJP_TRUSTSTORE", null);
        return value == null ? null : Path.of(value);
    }

    String truststorePassword() {
        return get("KOORDINERA_NTJP_TRUSTSTORE_PASSWORD", "");
    }

    // Loggtjänsten and the system's identity

    String loggtjanstUrl() {
        return get("KOORDINERA_LOGGTJANST_URL", null);
    }

    String loggtjanstLogicalAddress() {
        return get("KOORDINERA_LOGGTJANST_LOGICAL_ADDRESS", "SE165565594230-1000");
    }

    Duration loggtjanstInterval() {
        return duration("KOORDINERA_LOGGTJANST_INTERVAL", "60s");
    }

    int loggtjanstBatch() {
        return Math.max(1, Math.min(500, integer("KOORDINERA_LOGGTJANST_BATCH", 500)));
    }

    String systemHsaId() {
        return get("KOORDINERA_SYSTEM_HSA_ID", "KOORDINERA");
    }

    String systemName() {
        return get("KOORDINERA_SYSTEM_NAME", "Koordinera");
    }
}
