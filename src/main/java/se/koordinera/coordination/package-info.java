/**
 * Coordination cases, their state machine, interventions, letters to Försäkringskassan; the published CaseRef.
 */
@ApplicationModule(displayName = "Koordinering", allowedDependencies = {"access", "audit", "consent", "journal", "patient", "region", "shared", "sickleave", "sickleave :: engine", "web"})
package se.koordinera.coordination;

import org.springframework.modulith.ApplicationModule;
