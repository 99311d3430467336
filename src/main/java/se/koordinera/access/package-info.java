/**
 * Users, HSA assignments (medarbetaruppdrag), roles, login and the current user.
 */
@ApplicationModule(displayName = "Behörighet", allowedDependencies = {"region", "shared"})
package se.koordinera.access;

import org.springframework.modulith.ApplicationModule;
