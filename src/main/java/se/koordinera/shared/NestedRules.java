package se.koordinera.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * On a nested request record (a row of a list, e.g. a step of a plan): its
 * {@link RequestBinder.CrossFieldRules} run as Bean Validation, so that a row's own rule ("the
 * step ends before it starts") is named with its path ({@code steps[1].to}) together with every
 * other field's problem, instead of only once everything else is right.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NestedRules.Check.class)
public @interface NestedRules {

    String message() default "Uppgifterna stämmer inte med varandra";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NestedRules, RequestBinder.CrossFieldRules> {
        @Override
        public boolean isValid(RequestBinder.CrossFieldRules value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            List<FieldProblem> problems = value.problems();
            if (problems.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            for (FieldProblem p : problems) {
                // the message is text, not a template: no {...} or ${...} interpolation
                String text = p.message().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
                context.buildConstraintViolationWithTemplate(text).addPropertyNode(p.field()).addConstraintViolation();
            }
            return false;
        }
    }
}
