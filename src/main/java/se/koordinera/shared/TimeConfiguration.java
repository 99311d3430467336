package se.koordinera.shared;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} of the application, in Swedish time; tests replace it with a fixed one. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return SwedishTime.systemClock();
    }

    /** Bean Validation's {@code @PastOrPresent} and friends use the same clock as everything else. */
    @Bean
    ValidationConfigurationCustomizer validationClock(org.springframework.beans.factory.ObjectProvider<Clock> clock) {
        return configuration -> configuration.clockProvider(() -> clock.getObject());
    }
}
