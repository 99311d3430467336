package se.koordinera.access;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID provider for the tests (Spring Authorization Server) in its own application context
 * on its own port, issuing ID and access tokens shaped like Inera's IdP: {@code employeeHsaId},
 * the chosen commission ({@code commissionHsaId}, {@code commissionPurpose}, {@code commissionName},
 * {@code healthCareUnitHsaId}, {@code healthCareProviderHsaId}) and {@code given_name}/{@code family_name}.
 * Not a Spring component: only started explicitly by {@link #start}.
 */
@EnableAutoConfiguration
public class IneraIdp {

    static final String PASSWORD = "siths";
    static volatile Map<String, Map<String, Object>> claimsByUser = Map.of();
    static volatile int port;
    static volatile String appRedirect;

    static ConfigurableApplicationContext start(int port, String appRedirect, Map<String, Map<String, Object>> claimsByUser) {
        IneraIdp.port = port;
        IneraIdp.appRedirect = appRedirect;
        IneraIdp.claimsByUser = claimsByUser;
        return new SpringApplicationBuilder(IneraIdp.class).properties(
                "server.port=" + port, "spring.config.name=test-idp", "spring.main.banner-mode=off",
                "spring.threads.virtual.enabled=false", "management.endpoints.enabled-by-default=false",
                "spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration,"
                        + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                        + "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration,"
                        + "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration,"
                        + "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration,"
                        + "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration")
                .run();
    }

    static String issuer() {
        return "http://localhost:" + port;
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(as -> {
            http.securityMatcher(as.getEndpointsMatcher());
            as.oidc(Customizer.withDefaults());
        }).authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        claimsByUser.keySet().forEach(u -> users.createUser(User.withUsername(u).password("{noop}" + PASSWORD).roles("USER").build()));
        return users;
    }

    @Bean
    RegisteredClientRepository clients() {
        return new InMemoryRegisteredClientRepository(client("koordinera"), client("annan-app"));
    }

    private static RegisteredClient client(String id) {
        return RegisteredClient.withId(UUID.randomUUID().toString()).clientId(id).clientSecret("{noop}" + id + "-hemligt")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(appRedirect).redirectUri("http://localhost/test-callback")
                .scope("openid").scope("profile")
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(false).build())
                .build();
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().issuer(issuer()).build();
    }

    /** The Inera claims of the signed-in user, in the ID token and in the access token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> ineraClaims() {
        return context -> {
            Map<String, Object> claims = claimsByUser.get(context.getPrincipal().getName());
            if (claims != null) {
                claims.forEach((k, v) -> context.getClaims().claim(k, v instanceof List<?> l ? List.copyOf(l) : v));
            }
        };
    }
}
