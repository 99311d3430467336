package se.koordinera.integration.riv;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;

/** {@code xs:date} without a zone; a value with a zone or a time part is cut to its date. */
public class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > 10) {
            // 2026-10-14Z, 2026-10-14+02:00 or a dateTime where a date was expected
            if (v.contains("T")) {
                return LocalDateTimeAdapter.parse(v).toLocalDate();
            }
            v = v.substring(0, 10);
        }
        return LocalDate.parse(v);
    }

    @Override
    public String marshal(LocalDate value) {
        return value == null ? null : value.toString();
    }

}
