/**
 * Tasks with a deadline per coordination case (uppgifter), what a case waits for (väntar på), and
 * the unit manager's view of the coordinators' load. Contributes its parts to the case hub and the
 * worklist through {@code coordination.CoordinationPageSection} and the check dates to the
 * follow-up list through {@code plan.FollowUpDates}.
 */
@ApplicationModule(displayName = "Uppgifter och väntan", allowedDependencies = {"access", "audit", "coordination", "plan", "region", "shared", "sickleave",
        "staff", "web"})
package se.koordinera.task;

import org.springframework.modulith.ApplicationModule;
