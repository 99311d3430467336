package se.koordinera.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * R6 and R15: coordination is documented without a diagnosis. On a text field it refuses what
 * looks like an ICD-10 code (with or without the dot: F43.8A, F438A, F32); the request binder
 * refuses diagnosis fields by name. The one copy of the rule, for every feature's free text.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoDiagnosis.Check.class)
public @interface NoDiagnosis {

    String TEXT_MESSAGE = "Texten ser ut att innehålla en diagnoskod. Koordinering dokumenteras utan diagnos.";
    String FIELD_MESSAGE = "Koordinering dokumenteras utan diagnos: en diagnos kan inte anges här.";

    String message() default TEXT_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself, for code that checks text outside Bean Validation. */
    final class Rule {
        /**
         * An ICD-10-SE code as written in free text: a capital letter, two digits, then optionally a dot
         * or nothing and one digit and up to two more characters: F32, F320, F32.1, F43.8A, F438A, Z73.0.
         * Not U (special codes) and not V-Y (external causes, never a sick-leave diagnosis, and "V12"
         * is how a week is written). Ordinary words, numbers, dates, times and week numbers do not match
         * (NoDiagnosisTest checks both sides with seeded random text).
         */
        private static final Pattern ICD10_CODE = Pattern.compile("\\b[A-TZ][0-9]{2}(?:\\.?[0-9][0-9A-Z]{0,2})?\\b");
        private static final Set<String> DIAGNOSIS_FIELDS = Set.of("diagnosis", "diagnoses", "diagnosiscode", "diagnosistext",
                "secondarydiagnoses", "icd10", "icd", "diagnos", "diagnoskod");

        private Rule() {
        }

        public static boolean containsDiagnosisCode(String text) {
            return text != null && ICD10_CODE.matcher(text).find();
        }

        /** The text with every diagnosis code replaced (older text shown again, e.g. in a journal hand-off). */
        public static String withoutDiagnosisCodes(String text, String replacement) {
            return text == null ? null : ICD10_CODE.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(replacement));
        }

        public static boolean isDiagnosisField(String name) {
            return DIAGNOSIS_FIELDS.contains(name.toLowerCase(Locale.ROOT));
        }
    }

    class Check implements ConstraintValidator<NoDiagnosis, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !Rule.containsDiagnosisCode(value);
        }
    }
}
