/**
 * Certificates, import, the pure sick-leave engine (named interface engine), the unit overview and patient page.
 */
@ApplicationModule(displayName = "Sjukfall", allowedDependencies = {"access", "audit", "patient", "region", "shared", "web"})
package se.koordinera.sickleave;

import org.springframework.modulith.ApplicationModule;
