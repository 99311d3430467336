package se.koordinera.fhir;

import java.time.LocalDate;
import java.util.Date;
import org.hl7.fhir.r4.model.IdType;
import se.koordinera.shared.SwedishTime;

final class FhirSupport {
    private FhirSupport() {
    }

    static long number(String s, IdType id) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw FhirReads.notFound(id.getValue());
        }
    }

    static LocalDate localDate(Date d) {
        return d == null ? null : d.toInstant().atZone(SwedishTime.ZONE).toLocalDate();
    }
}
