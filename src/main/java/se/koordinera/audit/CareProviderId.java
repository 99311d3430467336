package se.koordinera.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The care provider a {@link PatientData} method acts for across all its units (a String HSA-id),
 * instead of a {@link UnitId}: only for log follow-up (logguppföljning). The guard then requires the
 * log-review role for that provider and logs the access under the purpose Kvalitetssäkring.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface CareProviderId {
}
