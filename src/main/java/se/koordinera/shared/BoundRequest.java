package se.koordinera.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request record that the API reads through {@link RequestBinder} (every bad field named
 * in one 400) instead of plain JSON binding; page forms bind to the same record.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BoundRequest {
}
