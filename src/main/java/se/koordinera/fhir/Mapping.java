package se.koordinera.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import se.koordinera.shared.SwedishTime;

/** Small helpers to build R4 elements. */
final class Mapping {

    private Mapping() {
    }

    static Identifier hsa(String hsaId) {
        return new Identifier().setSystem(Codes.HSA).setValue(hsaId);
    }

    static Reference organization(String hsaId, String name) {
        return new Reference("Organization/" + hsaId).setDisplay(name);
    }

    /** A person who may not be a Koordinera user (a certificate's doctor): identified by HSA-id only. */
    static Reference practitionerByIdentifier(String hsaId, String name) {
        Reference r = new Reference().setType("Practitioner").setDisplay(name);
        if (hsaId != null) {
            r.setIdentifier(hsa(hsaId));
        }
        return r;
    }

    static Reference patient(String alias) {
        return new Reference("Patient/" + alias);
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding(system, code, display)).setText(display);
    }

    static CodeableConcept text(String text) {
        return new CodeableConcept().setText(text);
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.from(d.atStartOfDay(SwedishTime.ZONE).toInstant());
    }

    static Date instant(OffsetDateTime t) {
        return t == null ? null : Date.from(t.toInstant());
    }

    static DateType day(LocalDate d) {
        return d == null ? null : new DateType(d.toString());
    }

    static DateTimeType dayTime(LocalDate d) {
        return d == null ? null : new DateTimeType(d.toString());
    }

    static DateTimeType time(OffsetDateTime t) {
        if (t == null) {
            return null;
        }
        DateTimeType dt = new DateTimeType(Date.from(t.toInstant()), ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND,
                java.util.TimeZone.getTimeZone(SwedishTime.ZONE));
        return dt;
    }

    static Period period(LocalDate from, LocalDate to) {
        Period p = new Period();
        if (from != null) {
            p.setStartElement(dayTime(from));
        }
        if (to != null) {
            p.setEndElement(dayTime(to));
        }
        return p;
    }

    static Attachment text(String contentType, String title, String content) {
        return new Attachment().setContentType(contentType).setLanguage("sv").setTitle(title)
                .setData(content.getBytes(StandardCharsets.UTF_8));
    }
}
