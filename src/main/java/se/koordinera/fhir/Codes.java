package se.koordinera.fhir;

/** Identifier and code systems of INTEGRATIONS.md section 9, and Koordinera's own small code systems. */
final class Codes {
    static final String PERSONNUMMER = "http://electronichealth.se/identifier/personnummer";
    static final String SAMORDNINGSNUMMER = "http://electronichealth.se/identifier/samordningsnummer";
    static final String HSA = "urn:oid:1.2.752.29.4.19";
    /** Also accepted on input: the RIV-TA root for HSA-ids. */
    static final String HSA_RIV = "urn:oid:1.2.752.129.2.1.4.1";
    static final String ICD10_SE = "urn:oid:1.2.752.116.1.1.1.1.3";
    static final String KVA = "urn:oid:1.2.752.116.1.3.2.1.4";

    static final String BASE = "https://koordinera.se/fhir";
    static final String EPISODE_TYPE = BASE + "/CodeSystem/episode-type";
    static final String CERTIFICATE_ID = BASE + "/identifier/certificate";
    static final String JOURNAL_ENTRY_ID = BASE + "/identifier/journal-entry";
    static final String CONSENT_SCOPE = BASE + "/CodeSystem/consent-scope";
    static final String SICK_LEAVE_DEGREE = BASE + "/CodeSystem/observation";
    static final String JOURNAL_TYPE = BASE + "/CodeSystem/journal-type";
    static final String CASE_STATE = BASE + "/CodeSystem/case-state";
    static final String ACTOR = BASE + "/CodeSystem/actor";

    static final String SJUKFALL = "sjukfall";
    static final String KOORDINERING = "koordinering";

    static final String BALP_PATIENT_READ = "https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientRead";

    private Codes() {
    }
}
