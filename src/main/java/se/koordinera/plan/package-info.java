/**
 * Return-to-work plan, patient agreement, reconciliation meetings and follow-up.
 */
@ApplicationModule(displayName = "Plan och möten", allowedDependencies = {"access", "audit", "consent", "coordination", "journal", "patient", "region", "shared", "sickleave", "sickleave :: engine", "web"})
package se.koordinera.plan;

import org.springframework.modulith.ApplicationModule;
