package se.koordinera.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import se.koordinera.access.BearerAuthentication;
import se.koordinera.access.ClaimsUserMapper;

/**
 * Registers HAPI's plain RestfulServer as a servlet at {@code /fhir/*} and its own stateless
 * security chain: HTTP Basic in demo mode, bearer tokens (JWT) in production; no CSRF (no
 * session cookie authenticates a FHIR call); 401 and 403 as OperationOutcome.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    ServletRegistrationBean<KoordineraFhirServer> fhirServlet(FhirContext context, List<ca.uhn.fhir.rest.server.IResourceProvider> providers) {
        KoordineraFhirServer server = new KoordineraFhirServer(context, providers);
        ServletRegistrationBean<KoordineraFhirServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName(SERVLET_NAME);
        // Not at start-up (HAPI's initialisation is ~2.5 s of a ~10 s start): fhirWarmUp initialises it
        // in the background once the application is ready, and a FHIR request before that waits for it.
        registration.setLoadOnStartup(-1);
        return registration;
    }

    static final String SERVLET_NAME = "fhir";

    /**
     * Initialises HAPI's servlet on a background thread when the application is ready, so that the
     * first FHIR call does not pay for it and a broken set-up shows in the log within seconds of the
     * start. Tomcat's wrapper initialises a servlet once, under its own lock, also when a request
     * arrives first.
     */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent> fhirWarmUp() {
        return event -> {
            if (!(event.getApplicationContext() instanceof org.springframework.boot.web.server.context.WebServerApplicationContext web)
                    || !(web.getWebServer() instanceof org.springframework.boot.tomcat.TomcatWebServer tomcat)) {
                return;
            }
            Thread warmUp = new Thread(() -> {
                for (org.apache.catalina.Container context : tomcat.getTomcat().getHost().findChildren()) {
                    if (context.findChild(SERVLET_NAME) instanceof org.apache.catalina.Wrapper wrapper) {
                        try {
                            wrapper.load();
                        } catch (jakarta.servlet.ServletException | RuntimeException e) {
                            org.slf4j.LoggerFactory.getLogger(FhirConfiguration.class).error("HAPI FHIR servlet failed to initialise in the background; the first FHIR request tries again", e);
                        }
                    }
                }
            }, "fhir-init");
            warmUp.setDaemon(true);
            warmUp.start();
        };
    }

    @Bean
    @Order(0)
    SecurityFilterChain fhirChain(HttpSecurity http, @Value("${koordinera.auth.mode}") String mode, ClaimsUserMapper claimsMapper,
            FhirContext context) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "local".equals(mode) ? "Basic realm=\"Koordinera\"" : "Bearer");
            writeOutcome(context, response, 401, OperationOutcome.IssueType.LOGIN, "Inloggning krävs för att använda FHIR-API:t");
        };
        http.securityMatcher("/fhir/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/fhir/metadata").permitAll().anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler((request, response, ex) ->
                        writeOutcome(context, response, 403, OperationOutcome.IssueType.FORBIDDEN, "Du saknar behörighet för detta")));
        if ("local".equals(mode)) {
            http.httpBasic(b -> b.authenticationEntryPoint(unauthenticated));
        } else {
            Converter<Jwt, AbstractAuthenticationToken> converter = jwt -> new BearerAuthentication(jwt, claimsMapper.map(jwt.getClaims()));
            http.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter)).authenticationEntryPoint(unauthenticated));
        }
        return http.build();
    }

    static void writeOutcome(FhirContext context, HttpServletResponse response, int status, OperationOutcome.IssueType type, String text)
            throws IOException {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type).setDiagnostics(text);
        response.setStatus(status);
        response.setContentType("application/fhir+json;charset=UTF-8");
        response.getOutputStream().write(context.newJsonParser().encodeResourceToString(outcome).getBytes(StandardCharsets.UTF_8));
    }
}
