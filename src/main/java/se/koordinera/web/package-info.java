/**
 * Layout, unit selection, problem details and Swedish error pages, request-body binding.
 */
@ApplicationModule(displayName = "Webb", allowedDependencies = {"access", "patient", "region", "shared"})
package se.koordinera.web;

import org.springframework.modulith.ApplicationModule;
