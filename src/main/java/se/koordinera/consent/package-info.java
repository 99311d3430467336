/**
 * Consents and withdrawals (R5, R13) and the check whether they give what an action needs.
 */
@ApplicationModule(displayName = "Samtycke", allowedDependencies = {"access", "audit", "journal", "patient", "shared"})
package se.koordinera.consent;

import org.springframework.modulith.ApplicationModule;
