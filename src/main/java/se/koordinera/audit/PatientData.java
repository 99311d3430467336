package se.koordinera.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method that reads or writes patient data. {@link PatientDataInterceptor}
 * wraps every such method: it checks the user's Vård och behandling assignment for the unit
 * (the parameter annotated {@link UnitId}), runs the method in one transaction and writes the PDL
 * access log for the patient (the parameter annotated {@link PatientId}) or for every patient of
 * a returned {@link PatientListing}. A method that has neither is refused at start-up, so the
 * log cannot be forgotten by a new feature.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PatientData {
    /** The function as the log extract names it for the patient, in Swedish (e.g. "patientens sjukfall"). */
    String function();

    AccessAction action() default AccessAction.READ;
}
