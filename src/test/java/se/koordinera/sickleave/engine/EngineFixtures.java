package se.koordinera.sickleave.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A tiny text notation for certificates and cases so that test tables stay readable.
 *
 * <p>Certificates are separated by {@code ;}: {@code id[/patient][@unit] [s=DATE] FROM..TO:DEG ...}.
 * Dates are {@code MM-DD} in 2026 or full ISO dates. Patient defaults to {@code P}, unit to {@code U},
 * signed to the certificate's start.
 */
final class EngineFixtures {

    static final int YEAR = 2026;

    private EngineFixtures() {
    }

    static LocalDate date(String s) {
        return s.length() == 5 ? LocalDate.parse(YEAR + "-" + s) : LocalDate.parse(s);
    }

    static String fmt(LocalDate d) {
        return d.getYear() == YEAR ? d.toString().substring(5) : d.toString();
    }

    static List<CertificateFacts> certs(String spec) {
        List<CertificateFacts> result = new ArrayList<>();
        for (String certSpec : spec.split(";")) {
            String[] tokens = certSpec.trim().split("\\s+");
            String head = tokens[0];
            String unit = "U";
            String patient = "P";
            int at = head.indexOf('@');
            if (at >= 0) {
                unit = head.substring(at + 1);
                head = head.substring(0, at);
            }
            int slash = head.indexOf('/');
            if (slash >= 0) {
                patient = head.substring(slash + 1);
                head = head.substring(0, slash);
            }
            LocalDate signed = null;
            List<Period> periods = new ArrayList<>();
            for (int i = 1; i < tokens.length; i++) {
                String t = tokens[i];
                if (t.startsWith("s=")) {
                    signed = date(t.substring(2));
                } else {
                    String[] range = t.split("\\.\\.|:");
                    periods.add(new Period(date(range[0]), date(range[1]), Integer.parseInt(range[2])));
                }
            }
            if (signed == null) {
                signed = periods.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow();
            }
            result.add(new CertificateFacts(head, patient, unit, "D1", "Doktor Ett", signed, "F43.8A",
                    "Utmattningssyndrom", List.of(), "NUVARANDE_ARBETE", periods));
        }
        return result;
    }

    /** {@code patient@unit start..end dN [degrees] current:degree certs active|ended}. */
    static String summary(SickLeaveCase c) {
        return c.patientId() + "@" + c.unitId() + " " + fmt(c.start()) + ".." + fmt(c.end()) + " d" + c.days()
                + " " + c.degrees().toString().replace(" ", "") + " " + c.current().id() + ":" + c.currentDegree()
                + " " + c.certificates().stream().map(CertificateFacts::id).collect(Collectors.joining(","))
                + " " + (c.active() ? "active" : "ended");
    }

    static String summaries(List<SickLeaveCase> cases) {
        return cases.stream().map(EngineFixtures::summary).collect(Collectors.joining(" | "));
    }
}
