package se.koordinera.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords that passed the bcrypt check a moment ago, so that an HTTP Basic client (every API call
 * carries the password) does not pay a deliberately slow bcrypt check per request: at the API's
 * request rate that check was more than half of the server's CPU. The same idea as the credential
 * caches of Elasticsearch's realms and Shiro.
 *
 * <p>What is kept is an HMAC of user name, stored hash and password under a key that exists only in
 * this process's memory, never the password. The stored hash is part of it, so a changed password
 * (a new hash) no longer matches; the account itself is still read on every request, so a removed
 * account or a changed assignment applies at once. Entries expire a few minutes after the check.
 */
final class VerifiedCredentials {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Cache<String, byte[]> verified;

    VerifiedCredentials(Duration timeToLive) {
        this(timeToLive, com.github.benmanes.caffeine.cache.Ticker.systemTicker());
    }

    /** With a clock for the expiry (tests). */
    VerifiedCredentials(Duration timeToLive, com.github.benmanes.caffeine.cache.Ticker ticker) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.verified = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(timeToLive).ticker(ticker).build();
    }

    /** Whether this password was verified against this stored hash within the time to live. */
    boolean recentlyVerified(String username, String storedHash, String password) {
        byte[] known = verified.getIfPresent(username);
        return known != null && MessageDigest.isEqual(known, mac(username, storedHash, password));
    }

    /** Remembers a password that has just passed the real check against this stored hash. */
    void remember(String username, String storedHash, String password) {
        verified.put(username, mac(username, storedHash, password));
    }

    /** Forgets the user's verified password (after a failed attempt: the next one pays the full check). */
    void forget(String username) {
        verified.invalidate(username);
    }

    private byte[] mac(String username, String storedHash, String password) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            // Lengths first, so that no two different triples give the same input.
            for (String part : new String[] {username, storedHash, password}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }
}
