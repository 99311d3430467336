/**
 * The national integrations: the certificate feed from Intygstjänsten (ListActiveSickLeavesForCareUnit
 * and ListSickLeavesForPerson, RIV-TA BP 2.1 over Apache CXF), the PDL log sent to Loggtjänsten
 * (StoreLog v2, through an outbox) and their status for the region administrator. The JAXB classes
 * of the contracts are hand-written in {@code riv.*}, one package per namespace.
 *
 * <p>Uses other features only through their public services: {@code sickleave} (the feed import),
 * {@code region} (units and care providers), {@code access} (the current user) and {@code audit}
 * (the {@code @PatientData} guard). Everything is off until configured.
 */
@ApplicationModule(displayName = "Nationella tjänster", allowedDependencies = {"access", "audit", "patient", "region", "shared", "sickleave", "web"})
package se.koordinera.integration;

import org.springframework.modulith.ApplicationModule;
