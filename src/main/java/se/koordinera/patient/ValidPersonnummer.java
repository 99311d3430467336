package se.koordinera.patient;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A personnummer or samordningsnummer in any accepted form ({@link Personnummer#parse}); the message says what is wrong. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPersonnummer.Check.class)
public @interface ValidPersonnummer {

    String message() default "Ogiltigt personnummer";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ValidPersonnummer, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                Personnummer.parse(value);
                return true;
            } catch (InvalidPersonnummerException e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(e.getMessage().replace("{", "(").replace("}", ")")).addConstraintViolation();
                return false;
            }
        }
    }
}
