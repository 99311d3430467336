/**
 * The append-only coordination journal (KVÅ GC001); the one way to write an entry.
 */
@ApplicationModule(displayName = "Journal", allowedDependencies = {"access", "audit", "patient", "region", "shared", "web"})
package se.koordinera.journal;

import org.springframework.modulith.ApplicationModule;
