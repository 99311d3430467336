/**
 * Problem exceptions, Swedish time and the one Clock, request binding and validation shared by every feature. Depends on no feature.
 */
@ApplicationModule(displayName = "Delad kärna", allowedDependencies = {})
package se.koordinera.shared;

import org.springframework.modulith.ApplicationModule;
