package se.koordinera.integration.riv;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import se.koordinera.shared.SwedishTime;

/**
 * {@code xs:dateTime} as RIV-TA uses it: Swedish local time without a zone. A received value with
 * a zone is converted to Swedish time; values are sent without a zone, to the second.
 */
public class LocalDateTimeAdapter extends XmlAdapter<String, LocalDateTime> {

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    @Override
    public LocalDateTime unmarshal(String value) {
        return value == null || value.isBlank() ? null : parse(value.trim());
    }

    @Override
    public String marshal(LocalDateTime value) {
        return value == null ? null : OUT.format(value.truncatedTo(ChronoUnit.SECONDS));
    }

    static LocalDateTime parse(String v) {
        if (v.endsWith("Z") || v.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return OffsetDateTime.parse(v).atZoneSameInstant(SwedishTime.ZONE).toLocalDateTime();
        }
        return LocalDateTime.parse(v);
    }
}
