package se.koordinera.access;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Local password login (form and HTTP Basic) with two protections on top of Spring Security's
 * checks: {@link LoginThrottle} refuses attempts after too many failures, and an unknown user name
 * costs the same password check as a known one (a dummy hash with the cost of the stored hashes),
 * so that the answer time does not tell which user names exist. A password that passed the check is
 * accepted again for a few minutes without it ({@link VerifiedCredentials}): HTTP Basic sends it with
 * every API call.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Pattern BCRYPT_COST = Pattern.compile("^(?:\\{bcrypt\\})?\\$2[aby]?\\$(\\d{2})\\$");

    private final UserDetailsService users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final JdbcClient jdbc;
    private volatile String dummyHash;

    /** How long a password that passed the bcrypt check is accepted again without it (see {@link VerifiedCredentials}). */
    static final java.time.Duration VERIFIED_FOR = java.time.Duration.ofMinutes(5);

    private final VerifiedCredentials verified = new VerifiedCredentials(VERIFIED_FOR);

    public ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle, JdbcClient jdbc) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.jdbc = jdbc;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        if (throttle.blocked(username, ip)) {
            // The password is still checked, so that a blocked attempt takes as long as any other.
            passwords.matches(password, dummyHash());
            throw new LoginThrottledException(throttle.window());
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            passwords.matches(password, dummyHash());
            throttle.failed(username, ip);
            throw new BadCredentialsException("Fel användarnamn eller lösenord");
        }
        if (!verified.recentlyVerified(username, user.getPassword(), password)) {
            if (!passwords.matches(password, user.getPassword())) {
                verified.forget(username);
                throttle.failed(username, ip);
                throw new BadCredentialsException("Fel användarnamn eller lösenord");
            }
            verified.remember(username, user.getPassword(), password);
        }
        throttle.succeeded(username);
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** A hash of a random password with the bcrypt cost of the stored local accounts' hashes. */
    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            int cost = jdbc.sql("select password_hash from app_user where password_hash is not null limit 1")
                    .query(String.class).optional().map(ThrottledAuthenticationProvider::bcryptCost).orElse(10);
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            hash = "{bcrypt}" + new BCryptPasswordEncoder(cost).encode(HexFormat.of().formatHex(random));
            dummyHash = hash;
        }
        return hash;
    }

    static int bcryptCost(String storedHash) {
        Matcher m = BCRYPT_COST.matcher(storedHash);
        return m.find() ? Integer.parseInt(m.group(1)) : 10;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed logins: refused for a while (429 on the API, a Swedish message on the login page). */
    public static class LoginThrottledException extends AuthenticationException {
        private final java.time.Duration window;

        public LoginThrottledException(java.time.Duration window) {
            super("För många misslyckade inloggningar");
            this.window = window;
        }

        public java.time.Duration window() {
            return window;
        }
    }
}
