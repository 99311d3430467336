package se.koordinera.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test configuration every integration test uses, so that they share one
 * application context and one database: the real application on a random port, a real
 * PostgreSQL (embedded, or the external server given by spring.datasource.url), demo data and
 * local accounts. Tests create their own units, users and patients (see {@link TestData}) so
 * that they do not depend on each other or on the order they run in.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@Import({TestClock.class, StatementCounter.class})
@ContextConfiguration(initializers = TestDatabaseGuard.class)
public @interface IntegrationTest {
}
