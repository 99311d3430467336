/**
 * The unit staff, responsible person (R14), unit routine (R19), region policy (R4).
 */
@ApplicationModule(displayName = "Personal och rutin", allowedDependencies = {"access", "audit", "coordination", "region", "shared", "sickleave", "sickleave :: engine", "web"})
package se.koordinera.staff;

import org.springframework.modulith.ApplicationModule;
