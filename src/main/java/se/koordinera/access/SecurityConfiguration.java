package se.koordinera.access;

import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.core.convert.converter.Converter;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless and answers 401/403 as problem
 * details; it takes HTTP Basic with local accounts in demo mode and bearer tokens (JWT from the
 * region's IdP) in production. The browser UI uses a login form in demo mode and OIDC login in
 * production, with sessions in PostgreSQL and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String MODE = "koordinera.auth.mode";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** What every page and answer carries: no script from elsewhere, no framing, no URL in Referer to other sites. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Local password login (demo mode) through {@link ThrottledAuthenticationProvider}: failed
     * logins are counted in PostgreSQL and an unknown user name costs as much as a known one.
     */
    @Bean
    ThrottledAuthenticationProvider localAuthentication(UserDetailsService localUsers, PasswordEncoder passwords,
            LoginThrottle throttle, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new ThrottledAuthenticationProvider(localUsers, passwords, throttle, jdbc);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, @Value("${" + MODE + "}") String mode, JsonMapper json,
            ClaimsUserMapper claimsMapper,
            @Value("${koordinera.oidc.audience:${spring.security.oauth2.client.registration.region.client-id:koordinera}}") String audience)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            // The database is down while checking the credentials: not the user's fault, so no 401
            // but 503 (DatabaseOutageFilter answers it, outermost).
            if (e instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                    && se.koordinera.shared.DatabaseOutage.isOutage(e)) {
                throw e;
            }
            if (e instanceof ThrottledAuthenticationProvider.LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.window().toSeconds()));
                writeProblem(json, response, HttpStatus.TOO_MANY_REQUESTS, "För många försök",
                        "För många misslyckade inloggningar. Försök igen om " + throttled.window().toMinutes() + " minuter.");
                return;
            }
            if ("local".equals(mode)) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Koordinera\"");
            } else {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            writeProblem(json, response, HttpStatus.UNAUTHORIZED, "Inte inloggad", "Inloggning krävs för att använda API:t");
        };
        AccessDeniedHandler denied = (request, response, e) ->
                writeProblem(json, response, HttpStatus.FORBIDDEN, "Åtkomst nekad", "Du saknar behörighet för detta");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // Stateless: a browser's session cookie never authenticates an API call, so CSRF cannot apply.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied));
        if ("local".equals(mode)) {
            http.httpBasic(b -> b.authenticationEntryPoint(unauthenticated));
        } else {
            // Only tokens issued for Koordinera: the audience is checked here whatever the decoder's configuration.
            Converter<Jwt, AbstractAuthenticationToken> converter = jwt -> {
                if (jwt.getAudience() == null || !jwt.getAudience().contains(audience)) {
                    throw new org.springframework.security.authentication.BadCredentialsException("The token is not issued for " + audience);
                }
                return new BearerAuthentication(jwt, claimsMapper.map(jwt.getClaims()));
            };
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter)).authenticationEntryPoint(unauthenticated));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, @Value("${" + MODE + "}") String mode, ClaimsUserMapper claimsMapper,
            @Value("${koordinera.security.open-operational-endpoints:false}") boolean openOperational) throws Exception {
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                            "/error/**", "/actuator/health", "/actuator/health/**").permitAll();
                    if (openOperational) {
                        // Demo mode only: API description and metrics without login. In production they need a login.
                        a.requestMatchers("/actuator/prometheus", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll();
                    }
                    a.anyRequest().authenticated();
                })
                // No session for anonymous requests (no row in spring_session for every /login view or
                // unknown URL): the CSRF token of the login form lives in a cookie, and so does the page
                // an anonymous user asked for before being sent to the login.
                .csrf(c -> c.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .requestCache(r -> r.requestCache(new CookieRequestCache()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?utloggad"));
        if ("local".equals(mode)) {
            SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?fel");
            wrong.setAllowSessionCreation(false);
            SimpleUrlAuthenticationFailureHandler throttled = new SimpleUrlAuthenticationFailureHandler("/login?sparrad");
            throttled.setAllowSessionCreation(false);
            AuthenticationFailureHandler failure = (request, response, e) -> {
                if (e instanceof org.springframework.security.authentication.InternalAuthenticationServiceException
                        && se.koordinera.shared.DatabaseOutage.isOutage(e)) {
                    throw e; // 503 from DatabaseOutageFilter
                }
                if (e instanceof ThrottledAuthenticationProvider.LoginThrottledException) {
                    throttled.onAuthenticationFailure(request, response, e);
                } else {
                    wrong.onAuthenticationFailure(request, response, e);
                }
            };
            http.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failure));
        } else {
            OidcUserService delegate = new OidcUserService();
            OAuth2UserService<OidcUserRequest, OidcUser> users = request -> {
                OidcUser oidc = delegate.loadUser(request);
                return new KoordineraOidcUser(oidc, claimsMapper.map(oidc.getClaims()));
            };
            // Ask Inera's IdP for its claims (employeeHsaId, the chosen commission, names) with the claims parameter.
            var clients = http.getSharedObject(org.springframework.context.ApplicationContext.class)
                    .getBean(org.springframework.security.oauth2.client.registration.ClientRegistrationRepository.class);
            var resolver = new org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver(clients,
                    "/oauth2/authorization");
            resolver.setAuthorizationRequestCustomizer(c -> c.additionalParameters(p -> p.put("claims", ClaimsUserMapper.CLAIMS_REQUEST)));
            http.oauth2Login(o -> o.authorizationEndpoint(a -> a.authorizationRequestResolver(resolver)).userInfoEndpoint(u -> u.oidcUserService(users)));
        }
        return http.build();
    }

    @Bean
    UserDetailsService localUsers(UserRepository users) {
        return username -> users.findLocalAccount(username)
                .filter(a -> a.passwordHash() != null)
                .map(a -> new LocalUserDetails(a.username(), a.passwordHash(), a.user()))
                .orElseThrow(() -> new UsernameNotFoundException("Okänd användare"));
    }

    static void writeProblem(JsonMapper json, HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
