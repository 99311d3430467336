package se.koordinera.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import se.koordinera.shared.SaneDates;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How path variables, query and form parameters and JSON values become numbers and dates, for
 * every controller: numeric ids only in ASCII digits ({@code /cases/１}, fullwidth, is not case 1
 * but a 400), dates only {@code ÅÅÅÅ-MM-DD} with a four-digit year (no year 0, no +10000).
 */
@Configuration(proxyBeanMethods = false)
public class WebInputConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Long.class, (Converter<String, Long>) s -> s.isEmpty() ? null : Long.valueOf(ascii(s)));
        registry.addConverter(String.class, Integer.class,
                (Converter<String, Integer>) s -> s.isEmpty() ? null : Integer.valueOf(ascii(s)));
        registry.addConverter(String.class, LocalDate.class,
                (Converter<String, LocalDate>) s -> s.isBlank() ? null : SaneDates.parse(s.strip()));
    }

    /** The same date rule for dates in JSON bodies read into typed records. */
    @Bean
    SimpleModule saneDatesModule() {
        SimpleModule module = new SimpleModule("koordinera-sane-dates");
        module.addDeserializer(LocalDate.class, new ValueDeserializer<LocalDate>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
                String text = p.getValueAsString();
                if (text == null) {
                    return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
                }
                try {
                    return SaneDates.parse(text);
                } catch (DateTimeParseException e) {
                    return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "ska vara ett datum ÅÅÅÅ-MM-DD");
                }
            }
        });
        return module;
    }

    /** An optional sign and ASCII digits 0-9 only (Long.valueOf alone also takes ０-９ and other scripts' digits). */
    static String ascii(String s) {
        String t = s.strip();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 0 && (c == '-' || c == '+') && t.length() > 1)) {
                throw new NumberFormatException("Not an ASCII number");
            }
        }
        return t;
    }
}
