package se.koordinera.sickleave;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.koordinera.patient.InvalidPersonnummerException;
import se.koordinera.patient.Personnummer;
import se.koordinera.shared.FieldProblem;

/**
 * Validates a whole import batch before anything is stored and lists every problem, each named
 * by its JSON path (e.g. {@code [3].periods[0].degree}), so that a sender can fix all at once.
 */
public final class CertificateValidator {

    public static final int MAX_BATCH = 10_000;
    /**
     * Periods per certificate: FK 7804 has at most four (one per degree); ten leaves room for a
     * sender that splits periods, and keeps the stored period number far from its smallint limit.
     */
    public static final int MAX_PERIODS = 10;
    private static final Set<Integer> DEGREES = Set.of(25, 50, 75, 100);
    private static final Set<String> OCCUPATIONS = Set.of("NUVARANDE_ARBETE", "ARBETSSOKANDE", "FORALDRALEDIG", "STUDIER");

    private CertificateValidator() {
    }

    public static List<FieldProblem> validate(List<CertificateInput> batch) {
        List<FieldProblem> problems = new ArrayList<>();
        if (batch == null || batch.isEmpty()) {
            problems.add(new FieldProblem("", "Begäran ska innehålla minst ett intyg"));
            return problems;
        }
        if (batch.size() > MAX_BATCH) {
            problems.add(new FieldProblem("", "Högst " + MAX_BATCH + " intyg per begäran, fick " + batch.size()));
            return problems;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            String p = "[" + i + "]";
            CertificateInput c = batch.get(i);
            if (c == null) {
                problems.add(new FieldProblem(p, "Intyget saknas"));
                continue;
            }
            if (blank(c.id())) {
                problems.add(new FieldProblem(p + ".id", "Intygs-id saknas"));
            } else if (c.id().length() > 100) {
                problems.add(new FieldProblem(p + ".id", "Intygs-id får vara högst 100 tecken"));
            } else if (!ids.add(c.id())) {
                problems.add(new FieldProblem(p + ".id", "Intygs-id " + c.id() + " förekommer flera gånger i begäran"));
            }
            if (c.patient() == null) {
                problems.add(new FieldProblem(p + ".patient", "Patient saknas"));
            } else {
                if (blank(c.patient().id())) {
                    problems.add(new FieldProblem(p + ".patient.id", "Personnummer saknas"));
                } else {
                    try {
                        Personnummer.parse(c.patient().id());
                    } catch (InvalidPersonnummerException e) {
                        problems.add(new FieldProblem(p + ".patient.id", e.getMessage()));
                    }
                }
                if (blank(c.patient().name())) {
                    problems.add(new FieldProblem(p + ".patient.name", "Patientens namn saknas"));
                }
            }
            if (blank(c.careProviderId())) {
                problems.add(new FieldProblem(p + ".careProviderId", "Vårdgivarens HSA-id saknas"));
            }
            if (blank(c.careUnitId())) {
                problems.add(new FieldProblem(p + ".careUnitId", "Vårdenhetens HSA-id saknas"));
            }
            if (c.doctor() == null || blank(c.doctor().id())) {
                problems.add(new FieldProblem(p + ".doctor.id", "Läkarens HSA-id saknas"));
            }
            LocalDate signed = date(c.signed(), p + ".signed", "Signeringsdatum", problems);
            if (c.diagnosis() == null || blank(c.diagnosis().code())) {
                problems.add(new FieldProblem(p + ".diagnosis.code", "Huvuddiagnos saknas"));
            } else if (!Icd10.isValid(c.diagnosis().code())) {
                problems.add(new FieldProblem(p + ".diagnosis.code", "Ogiltig ICD-10-kod: " + c.diagnosis().code()));
            }
            if (c.secondaryDiagnoses() != null) {
                for (int d = 0; d < c.secondaryDiagnoses().size(); d++) {
                    CertificateInput.DiagnosisInput diagnosis = c.secondaryDiagnoses().get(d);
                    if (diagnosis == null || !Icd10.isValid(diagnosis.code())) {
                        problems.add(new FieldProblem(p + ".secondaryDiagnoses[" + d + "].code", "Ogiltig ICD-10-kod"));
                    }
                }
            }
            if (c.occupation() != null && !OCCUPATIONS.contains(c.occupation())) {
                problems.add(new FieldProblem(p + ".occupation", "Okänd sysselsättning: " + c.occupation()
                        + " (tillåtna: " + String.join(", ", OCCUPATIONS.stream().sorted().toList()) + ")"));
            }
            validatePeriods(c, p, signed, problems);
        }
        return problems;
    }

    private static void validatePeriods(CertificateInput c, String p, LocalDate signed, List<FieldProblem> problems) {
        if (c.periods() == null || c.periods().isEmpty()) {
            problems.add(new FieldProblem(p + ".periods", "Intyget ska ha minst en period"));
            return;
        }
        if (c.periods().size() > MAX_PERIODS) {
            problems.add(new FieldProblem(p + ".periods", "Ett intyg kan ha högst " + MAX_PERIODS + " perioder, fick "
                    + c.periods().size()));
            return;
        }
        record Valid(int index, LocalDate from, LocalDate to) {
        }
        List<Valid> valid = new ArrayList<>();
        for (int j = 0; j < c.periods().size(); j++) {
            String q = p + ".periods[" + j + "]";
            CertificateInput.PeriodInput period = c.periods().get(j);
            if (period == null) {
                problems.add(new FieldProblem(q, "Perioden saknas"));
                continue;
            }
            LocalDate from = date(period.from(), q + ".from", "Startdatum", problems);
            LocalDate to = date(period.to(), q + ".to", "Slutdatum", problems);
            if (period.degree() == null || !DEGREES.contains(period.degree())) {
                problems.add(new FieldProblem(q + ".degree", "Sjukskrivningsgraden ska vara 25, 50, 75 eller 100"));
            }
            if (from != null && to != null) {
                if (from.isAfter(to)) {
                    problems.add(new FieldProblem(q, "Startdatum " + from + " är efter slutdatum " + to));
                } else {
                    valid.add(new Valid(j, from, to));
                }
            }
        }
        valid.sort(Comparator.comparing(Valid::from));
        for (int k = 1; k < valid.size(); k++) {
            if (!valid.get(k).from().isAfter(valid.get(k - 1).to())) {
                problems.add(new FieldProblem(p + ".periods[" + valid.get(k).index() + "]",
                        "Perioden överlappar en annan period i samma intyg"));
            }
        }
    }

    private static LocalDate date(String text, String field, String label, List<FieldProblem> problems) {
        if (blank(text)) {
            problems.add(new FieldProblem(field, label + " saknas"));
            return null;
        }
        try {
            LocalDate d = se.koordinera.shared.SaneDates.parse(text);
            if (!se.koordinera.shared.SaneDates.isSane(d)) {
                problems.add(new FieldProblem(field, se.koordinera.shared.SaneDates.outOfRange(label)));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, label + " ska vara ett datum ÅÅÅÅ-MM-DD, fick " + text));
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
