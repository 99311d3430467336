/**
 * The PDL guard (@PatientData), the access log and log extracts.
 */
@ApplicationModule(displayName = "PDL-logg", allowedDependencies = {"access", "patient", "region", "shared", "web"})
package se.koordinera.audit;

import org.springframework.modulith.ApplicationModule;
