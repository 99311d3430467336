package se.koordinera.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page controller's {@code String} parameter that receives the care unit the browser user works
 * for. Without a chosen unit the request never reaches the method: the user is sent to the unit
 * chooser (/valj-enhet). The unit is only where to act; the patient-data services still check the
 * assignment for it.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SelectedUnit {
}
