/**
 * Saved views: a user's named filter sets on the sick-leave overview and the coordination worklist.
 */
@ApplicationModule(displayName = "Sparade vyer", allowedDependencies = {"access", "shared", "web"})
package se.koordinera.savedview;

import org.springframework.modulith.ApplicationModule;
