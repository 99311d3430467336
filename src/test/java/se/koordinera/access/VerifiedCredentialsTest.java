package se.koordinera.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class VerifiedCredentialsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(5), nanos::get);

    @Test
    @DisplayName("a verified password is accepted again only for the same user, stored hash and password")
    void onlyTheSameTriple() {
        String hash = new BCryptPasswordEncoder(4).encode("rätt lösen");
        assertThat(verified.recentlyVerified("anna", hash, "rätt lösen")).isFalse();
        verified.remember("anna", hash, "rätt lösen");

        assertThat(verified.recentlyVerified("anna", hash, "rätt lösen")).isTrue();
        assertThat(verified.recentlyVerified("anna", hash, "fel lösen")).isFalse();
        assertThat(verified.recentlyVerified("anna", hash, "")).isFalse();
        assertThat(verified.recentlyVerified("bertil", hash, "rätt lösen")).isFalse();
        // A changed password is a new stored hash: the old password no longer passes without bcrypt.
        String changed = new BCryptPasswordEncoder(4).encode("nytt lösen");
        assertThat(verified.recentlyVerified("anna", changed, "rätt lösen")).isFalse();
    }

    @Test
    @DisplayName("a verified password expires after the time to live and is forgotten after a failed attempt")
    void expiresAndForgets() {
        verified.remember("anna", "{bcrypt}x", "lösen");
        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(verified.recentlyVerified("anna", "{bcrypt}x", "lösen")).isTrue();
        nanos.addAndGet(Duration.ofMinutes(2).toNanos());
        assertThat(verified.recentlyVerified("anna", "{bcrypt}x", "lösen")).isFalse();

        verified.remember("anna", "{bcrypt}x", "lösen");
        verified.forget("anna");
        assertThat(verified.recentlyVerified("anna", "{bcrypt}x", "lösen")).isFalse();
    }

    @Test
    @DisplayName("seeded: no other password, user or hash passes, including ones that only move a separator")
    void seededOthersNeverPass() {
        long seed = 20261202L;
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            String user = "u" + random.nextInt(50);
            String hash = "{bcrypt}" + Long.toHexString(random.nextLong());
            String password = Long.toString(random.nextLong(), 36);
            verified.remember(user, hash, password);
            assertThat(verified.recentlyVerified(user, hash, password)).as("seed %d case %d", seed, i).isTrue();
            String other = password + (char) ('a' + random.nextInt(26));
            assertThat(verified.recentlyVerified(user, hash, other)).as("seed %d case %d", seed, i).isFalse();
            // Shifting characters between the parts must not give the same input to the MAC.
            assertThat(verified.recentlyVerified(user, hash + password.charAt(0), password.substring(1)))
                    .as("seed %d case %d", seed, i).isFalse();
        }
    }
}
