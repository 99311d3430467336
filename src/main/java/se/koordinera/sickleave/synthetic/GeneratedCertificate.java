package se.koordinera.sickleave.synthetic;

import se.koordinera.sickleave.engine.CertificateFacts;

/**
 * A synthetic sick-leave certificate (<em>läkarintyg för sjukpenning</em>) with the patient data the
 * engine does not need: name, protected identity (<em>skyddad identitet</em>) and care provider.
 */
public record GeneratedCertificate(CertificateFacts facts, String patientName, boolean protectedIdentity,
                                   String careProviderId) {
}
