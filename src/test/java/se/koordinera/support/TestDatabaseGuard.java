package se.koordinera.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Refuses to start a test context on a database the suite was not given. Demo data must come only
 * from the demo seeding: a SPRING_DATASOURCE_URL meant for the running application (or the demo's
 * data folder) would otherwise receive every test's units, users and patients. The suite uses a fresh
 * embedded PostgreSQL, or the server named by KOORDINERA_TEST_DATABASE_URL, which the build passes as
 * the system property spring.datasource.url (see pom.xml); nothing else.
 */
public class TestDatabaseGuard implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        String given = System.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url) && !url.equals(given)) {
            throw new IllegalStateException("The tests would write into the database " + url
                    + " (from the environment, e.g. SPRING_DATASOURCE_URL). Unset it; an external test database is given"
                    + " with KOORDINERA_TEST_DATABASE_URL.");
        }
        String dataDir = context.getEnvironment().getProperty("koordinera.database.embedded.data-dir", "");
        if (!StringUtils.hasText(url) && !dataDir.contains("pg-") && !dataDir.contains("tmp")) {
            throw new IllegalStateException("The tests would use the embedded database folder " + dataDir
                    + " (e.g. KOORDINERA_DATA_DIR of the demo). Unset it: each test context gets a fresh folder.");
        }
    }
}
