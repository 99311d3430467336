/**
 * The embedded PostgreSQL used when no external database is configured.
 */
@ApplicationModule(displayName = "Databas", allowedDependencies = {})
package se.koordinera.database;

import org.springframework.modulith.ApplicationModule;
