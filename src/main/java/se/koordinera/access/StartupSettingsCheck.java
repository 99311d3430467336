package se.koordinera.access;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * The first start of the jar without a profile and without OIDC settings: stops before anything
 * happens (no data folder, no embedded PostgreSQL, no migration) with one message that names the
 * settings to give, or the demo profile. Runs while the environment is prepared, after the
 * configuration files and before the application context exists.
 */
public class StartupSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final String MESSAGE = """
            Koordinera startar inte: inloggningen är inte inställd.
            Utan profil körs produktionsläget med inloggning via regionens IdP (OIDC, SITHS), och inga OIDC-inställningar är givna.
            Ange till exempel (se docs/operations.md):
              spring.security.oauth2.client.registration.%1$s.client-id=...
              spring.security.oauth2.client.registration.%1$s.client-secret=...
              spring.security.oauth2.client.provider.%1$s.issuer-uri=https://idp.region.se/oidc
              spring.security.oauth2.resourceserver.jwt.issuer-uri=https://idp.region.se/oidc
              SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD (regionens PostgreSQL)
            eller prova demoläget med lokala konton och demodata: java -jar koordinera.jar --spring.profiles.active=demo""";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Only Koordinera itself: other applications in the same JVM (a test's identity provider) are not ours to check.
        if (application.getAllSources().stream().noneMatch(source -> source == se.koordinera.KoordineraApplication.class)) {
            return;
        }
        if (!"oidc".equals(environment.getProperty(SecurityConfiguration.MODE, "oidc"))) {
            return;
        }
        String id = environment.getProperty("koordinera.oidc.registration-id", "region");
        String prefix = "spring.security.oauth2.client.registration." + id + ".";
        boolean anyOidc = StringUtils.hasText(environment.getProperty(prefix + "client-id"))
                || StringUtils.hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                || StringUtils.hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"));
        if (!anyOidc) {
            throw new MissingLoginSettingsException(MESSAGE.formatted(id));
        }
    }

    @Override
    public int getOrder() {
        // After the configuration files and the command line are read (ConfigDataEnvironmentPostProcessor).
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    /** No login configured in production mode. */
    public static class MissingLoginSettingsException extends IllegalStateException {
        public MissingLoginSettingsException(String message) {
            super(message);
        }
    }

    /** Shows the message alone, without a stack trace, as the reason the application did not start. */
    public static class Analyzer extends AbstractFailureAnalyzer<MissingLoginSettingsException> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, MissingLoginSettingsException cause) {
            return new FailureAnalysis(cause.getMessage(), "Ange OIDC-inställningarna ovan eller starta med --spring.profiles.active=demo", cause);
        }
    }
}
