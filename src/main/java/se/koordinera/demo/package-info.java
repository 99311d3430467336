/**
 * Demo and benchmark data (profiles demo, bench).
 */
@ApplicationModule(displayName = "Demodata", allowedDependencies = {"access", "region", "shared", "sickleave", "sickleave :: synthetic"})
package se.koordinera.demo;

import org.springframework.modulith.ApplicationModule;
