/**
 * HL7 FHIR R4 facade at {@code /fhir} (HAPI FHIR's plain RestfulServer): read and search of the
 * coordination data with the Swedish base profiles' identifiers and the code systems of
 * INTEGRATIONS.md section 9. It owns no patient data: every read goes through the other features'
 * published {@code @PatientData} service methods, so the assignment check and the PDL access log are
 * the same as for the JSON API. Its only table maps opaque FHIR ids to patients and certificates.
 */
@ApplicationModule(displayName = "FHIR", allowedDependencies = {"access", "audit", "consent", "coordination", "journal", "patient", "plan", "region", "shared", "sickleave", "sickleave :: engine", "staff"})
package se.koordinera.fhir;

import org.springframework.modulith.ApplicationModule;
