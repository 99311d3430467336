/**
 * Personnummer, the patient register of each care provider (information domain, PDL 4 kap.) and the one "known at a unit" read.
 */
@ApplicationModule(displayName = "Patient", allowedDependencies = {"shared"})
package se.koordinera.patient;

import org.springframework.modulith.ApplicationModule;
