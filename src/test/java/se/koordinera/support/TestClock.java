package se.koordinera.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.koordinera.shared.SwedishTime;

/**
 * The application's clock in the tests: fixed at the moment the test JVM started, so that the
 * application and the test agree on "today" even when a run passes midnight.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final Clock CLOCK = Clock.fixed(Instant.now(), SwedishTime.ZONE);

    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }

    @Bean
    @Primary
    Clock testClock() {
        return CLOCK;
    }
}
