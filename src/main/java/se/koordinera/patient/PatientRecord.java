package se.koordinera.patient;

/**
 * A patient as one care provider (vårdgivare) knows them: the name and protected identity
 * (skyddade personuppgifter) that provider's own certificates say. Another provider's record of
 * the same personnummer is another record (PDL 4 kap.: each provider is its own information domain).
 */
public record PatientRecord(String careProviderId, String id, String name, boolean protectedIdentity) {
}
