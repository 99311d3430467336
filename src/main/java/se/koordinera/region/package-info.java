/**
 * Care providers (regions), care units and their managers, region policies.
 */
@ApplicationModule(displayName = "Region och vårdenhet", allowedDependencies = {"shared"})
package se.koordinera.region;

import org.springframework.modulith.ApplicationModule;
