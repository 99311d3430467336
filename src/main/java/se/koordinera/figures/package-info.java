/**
 * Monthly counts of the unit and the region (no patient data).
 */
@ApplicationModule(displayName = "Nyckeltal", allowedDependencies = {"access", "coordination", "region", "shared", "sickleave", "web"})
package se.koordinera.figures;

import org.springframework.modulith.ApplicationModule;
