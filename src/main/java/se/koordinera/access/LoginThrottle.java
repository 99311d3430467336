package se.koordinera.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed local logins (form and HTTP Basic) per user name and per client address in
 * PostgreSQL, so that all nodes share the count and a restart does not reset it. Within the window
 * (default 15 minutes) at most {@code per-user} failures for one user name and {@code per-ip} for one
 * client address are allowed; after that every attempt, even with the right password, is refused
 * until the oldest failure leaves the window. A successful login clears the user name's failures.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perUser;
    private final int perIp;
    private final Duration window;

    public LoginThrottle(JdbcClient jdbc, Clock clock,
            @Value("${koordinera.login.max-failures-per-user:10}") int perUser,
            @Value("${koordinera.login.max-failures-per-ip:50}") int perIp,
            @Value("${koordinera.login.failure-window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perUser = perUser;
        this.perIp = perIp;
        this.window = window;
    }

    public Duration window() {
        return window;
    }

    /** True when attempts for this user name or from this address are refused now. */
    public boolean blocked(String username, String clientIp) {
        OffsetDateTime since = now().minus(window);
        long user = jdbc.sql("select count(*) from login_failure where username = ? and failed_at > ?")
                .params(key(username), since).query(Long.class).single();
        if (user >= perUser) {
            return true;
        }
        long ip = jdbc.sql("select count(*) from login_failure where client_ip = ? and failed_at > ?")
                .params(ip(clientIp), since).query(Long.class).single();
        return ip >= perIp;
    }

    public void failed(String username, String clientIp) {
        OffsetDateTime now = now();
        jdbc.sql("insert into login_failure (username, client_ip, failed_at) values (?, ?, ?)")
                .params(key(username), ip(clientIp), now).update();
        // Old failures no longer count: keep the table small.
        jdbc.sql("delete from login_failure where failed_at < ?").param(now.minus(window.multipliedBy(4))).update();
    }

    public void succeeded(String username) {
        jdbc.sql("delete from login_failure where username = ?").param(key(username)).update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    private static String key(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 200 ? u.substring(0, 200) : u;
    }

    private static String ip(String clientIp) {
        return clientIp == null ? "" : clientIp;
    }
}
