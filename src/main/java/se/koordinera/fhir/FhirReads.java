package se.koordinera.fhir;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;
import se.koordinera.audit.AccessLogEntry;
import se.koordinera.audit.AccessLogService;
import se.koordinera.consent.ConsentService;
import se.koordinera.coordination.CaseService;
import se.koordinera.coordination.CaseState;
import se.koordinera.coordination.CoordinationCase;
import se.koordinera.journal.HandoffText;
import se.koordinera.journal.JournalEntry;
import se.koordinera.journal.JournalService;
import se.koordinera.journal.JournalType;
import se.koordinera.journal.Kva;
import se.koordinera.patient.Personnummer;
import se.koordinera.plan.MeetingService;
import se.koordinera.plan.PlanService;
import se.koordinera.region.CareUnit;
import se.koordinera.region.Region;
import se.koordinera.region.RegionService;
import se.koordinera.shared.ConflictException;
import se.koordinera.shared.ForbiddenException;
import se.koordinera.shared.InvalidInputException;
import se.koordinera.shared.NotFoundException;
import se.koordinera.sickleave.SickLeaveItem;
import se.koordinera.sickleave.SickLeaveQuery;
import se.koordinera.sickleave.SickLeaveService;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.staff.Responsible;
import se.koordinera.staff.StaffMember;
import se.koordinera.staff.StaffService;

/**
 * Reads Koordinera's data through the features' published (guarded and logged) services and
 * maps it to FHIR R4. Every method takes the request's care unit; nothing here reads a table of
 * another feature.
 */
@Component
class FhirReads {

    private final FhirIds ids;
    private final SickLeaveService sickLeaves;
    private final CaseService cases;
    private final ConsentService consents;
    private final JournalService journal;
    private final PlanService plans;
    private final MeetingService meetings;
    private final StaffService staff;
    private final RegionService regions;
    private final se.koordinera.audit.LogReviewService logReview;
    private final AccessLogService accessLog;
    private final Clock clock;
    private final se.koordinera.access.AccessControl access;

    FhirReads(se.koordinera.access.AccessControl access, FhirIds ids, SickLeaveService sickLeaves, CaseService cases, ConsentService consents, JournalService journal,
            PlanService plans, MeetingService meetings, StaffService staff, RegionService regions, AccessLogService accessLog, se.koordinera.audit.LogReviewService logReview,
            Clock clock) {
        this.access = access;
        this.ids = ids;
        this.sickLeaves = sickLeaves;
        this.cases = cases;
        this.consents = consents;
        this.journal = journal;
        this.plans = plans;
        this.meetings = meetings;
        this.staff = staff;
        this.regions = regions;
        this.accessLog = accessLog;
        this.logReview = logReview;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- errors

    /** Runs a read and turns the features' problems into FHIR errors (OperationOutcome). */
    static <T> T fhir(Supplier<T> read) {
        try {
            return read.get();
        } catch (NotFoundException e) {
            throw new ResourceNotFoundException(e.getMessage());
        } catch (ForbiddenException e) {
            throw new ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException(e.getMessage());
        } catch (InvalidInputException e) {
            throw new InvalidRequestException(e.getMessage());
        } catch (ConflictException e) {
            throw new ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException(e.getMessage());
        } catch (se.koordinera.patient.InvalidPersonnummerException e) {
            throw new InvalidRequestException(e.getMessage());
        }
    }

    static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("Resursen " + id + " finns inte på vårdenheten");
    }

    // ---------------------------------------------------------------- patients

    /** A patient as this unit knows them: from the sick-leave cases, else from a coordination case. */
    Optional<Patient> patient(String unit, Personnummer pnr) {
        LocalDate today = LocalDate.now(clock);
        String name = null;
        boolean protectedIdentity = false;
        boolean known = false;
        try {
            List<SickLeaveService.PatientCase> pcs = sickLeaves.patientCases(unit, pnr, today);
            if (!pcs.isEmpty()) {
                SickLeaveItem.PatientSummary s = pcs.get(0).summary().patient();
                name = s.protectedIdentity() ? null : s.name();
                protectedIdentity = s.protectedIdentity();
                known = true;
            }
        } catch (NotFoundException e) {
            // no sick leave at the unit: perhaps a preventive coordination case
        }
        if (!known) {
            List<CoordinationCase> cs = cases.casesOfPatient(unit, pnr);
            if (cs.isEmpty()) {
                return Optional.empty();
            }
            name = cs.get(0).patientName();
            protectedIdentity = SickLeaveService.PROTECTED_NAME.equals(name);
            if (protectedIdentity) {
                name = null;
            }
        }
        return Optional.of(toPatient(pnr, name, protectedIdentity));
    }

    Patient toPatient(Personnummer pnr, String name, boolean protectedIdentity) {
        Patient p = new Patient();
        p.setId(ids.patient(pnr.value()));
        p.addIdentifier().setSystem(pnr.isCoordinationNumber() ? Codes.SAMORDNINGSNUMMER : Codes.PERSONNUMMER).setValue(pnr.value());
        if (protectedIdentity) {
            // Skyddade personuppgifter: a security label, and no name.
            p.getMeta().addSecurity(new Coding("http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "R", "restricted"));
        } else if (name != null) {
            HumanName n = p.addName().setText(name);
            String[] parts = name.trim().split("\\s+");
            if (parts.length > 1) {
                n.setFamily(parts[parts.length - 1]);
                for (int i = 0; i < parts.length - 1; i++) {
                    n.addGiven(parts[i]);
                }
            }
        }
        p.setGender(pnr.gender() == se.koordinera.patient.Gender.F ? Enumerations.AdministrativeGender.FEMALE
                : Enumerations.AdministrativeGender.MALE);
        p.setBirthDateElement(Mapping.day(pnr.birthDate()));
        return p;
    }

    /** The unit's patients: everyone with a sick leave listed today (or ended in the last 14 days) or an open coordination case. */
    List<Patient> patientsOfUnit(String unit) {
        LocalDate today = LocalDate.now(clock);
        SickLeaveQuery q = new SickLeaveQuery(today, null, 14, null, null, null, List.of(), java.util.Set.of(), null, null, null, null,
                null, null, null, null, "id", null, null);
        List<Patient> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SickLeaveItem i : sickLeaves.overview(unit, q).items()) {
            if (seen.add(i.patient().id())) {
                out.add(toPatient(Personnummer.parse(i.patient().id()), i.patient().protectedIdentity() ? null : i.patient().name(),
                        i.patient().protectedIdentity()));
            }
        }
        for (CoordinationCase c : cases.list(unit, null).items()) {
            if (c.state().open() && seen.add(c.patientId())) {
                boolean prot = SickLeaveService.PROTECTED_NAME.equals(c.patientName());
                out.add(toPatient(Personnummer.parse(c.patientId()), prot ? null : c.patientName(), prot));
            }
        }
        return out;
    }

    /** The personnummer behind a patient reference ({@code Patient/<alias>} or an alias); empty when unknown. */
    Optional<Personnummer> patientOf(ReferenceParam ref) {
        if (ref == null) {
            return Optional.empty();
        }
        String id = ref.getIdPart();
        if (ref.getResourceType() != null && !"Patient".equals(ref.getResourceType())) {
            return Optional.empty();
        }
        return patientOfAlias(id);
    }

    Optional<Personnummer> patientOfAlias(String alias) {
        return ids.resolve(alias).filter(t -> t.kind() == FhirIds.Kind.PATIENT).map(t -> Personnummer.parse(t.patientId()));
    }

    /** The patient of a personnummer / samordningsnummer identifier token; empty when the system is another. */
    static Optional<Personnummer> patientOfIdentifier(TokenParam token) {
        if (token == null || token.getValue() == null) {
            return Optional.empty();
        }
        String system = token.getSystem();
        if (system != null && !system.isEmpty() && !Codes.PERSONNUMMER.equals(system) && !Codes.SAMORDNINGSNUMMER.equals(system)) {
            return Optional.empty();
        }
        if (!Personnummer.isValid(token.getValue())) {
            return Optional.empty();
        }
        return Optional.of(Personnummer.parse(token.getValue()));
    }

    String aliasOf(String patientId) {
        return ids.patient(patientId);
    }

    // ---------------------------------------------------------------- organizations and staff

    List<Organization> organizations(String unit) {
        CareUnit u = regions.unit(unit);
        List<Organization> out = new ArrayList<>();
        Region region = regions.regionOfUnit(unit);
        out.add(provider(region));
        for (CareUnit each : regions.unitsOfRegion(region.id())) {
            out.add(unitOrganization(each, region));
        }
        return out;
    }

    Organization unitOrganization(CareUnit u, Region region) {
        Organization o = new Organization();
        o.setId(u.id());
        o.addIdentifier(Mapping.hsa(u.id()));
        o.setActive(true);
        o.setName(u.name());
        o.addType(Mapping.text("Vårdenhet"));
        o.setPartOf(Mapping.organization(region.id(), region.name()));
        if (u.phone() != null && !u.phone().isBlank()) {
            o.addTelecom().setSystem(org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem.PHONE).setValue(u.phone());
        }
        if (u.address() != null && !u.address().isBlank()) {
            o.addAddress().setText(u.address());
        }
        return o;
    }

    static Organization provider(Region region) {
        Organization o = new Organization();
        o.setId(region.id());
        o.addIdentifier(Mapping.hsa(region.id()));
        o.setActive(true);
        o.setName(region.name());
        o.addType(Mapping.text("Vårdgivare"));
        return o;
    }

    List<StaffMember> staffOf(String unit) {
        return staff.staff(unit);
    }

    static Practitioner practitioner(StaffMember m) {
        Practitioner p = new Practitioner();
        p.setId(m.hsaId());
        p.addIdentifier(Mapping.hsa(m.hsaId()));
        p.setActive(true);
        p.addName().setText(m.name());
        if (m.profession() != null && m.licensed()) {
            p.addQualification().setCode(Mapping.text("Legitimerad " + HandoffText.profession(m.profession())));
        }
        return p;
    }

    PractitionerRole practitionerRole(StaffMember m, String unit) {
        PractitionerRole r = new PractitionerRole();
        r.setId(m.hsaId() + "." + unit);
        r.setActive(true);
        r.setPractitioner(new Reference("Practitioner/" + m.hsaId()).setDisplay(m.name()));
        r.setOrganization(Mapping.organization(unit, regions.unit(unit).name()));
        r.addCode(Mapping.text(HandoffText.profession(m.profession())));
        for (String role : m.roles()) {
            r.addSpecialty(Mapping.text(roleLabel(role)));
        }
        // The assignment's purpose (medarbetaruppdrag, syfte).
        r.addExtension(new org.hl7.fhir.r4.model.Extension(Codes.BASE + "/StructureDefinition/assignment-purpose",
                new org.hl7.fhir.r4.model.StringType("Vård och behandling")));
        return r;
    }

    private static String roleLabel(String role) {
        try {
            return se.koordinera.access.Role.valueOf(role).label();
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    // ---------------------------------------------------------------- sick leave: episodes, conditions, certificates, periods

    List<SickLeaveService.PatientCase> sickLeaveCases(String unit, Personnummer pnr) {
        try {
            return sickLeaves.patientCases(unit, pnr, LocalDate.now(clock));
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    EpisodeOfCare sickLeaveEpisode(String unit, Personnummer pnr, SickLeaveService.PatientCase pc) {
        String alias = ids.patient(pnr.value());
        SickLeaveItem s = pc.summary();
        EpisodeOfCare e = new EpisodeOfCare();
        e.setId(alias + "-sf-" + s.start().toString().replace("-", ""));
        e.setStatus(s.active() ? EpisodeOfCare.EpisodeOfCareStatus.ACTIVE : EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
        e.addType(Mapping.concept(Codes.EPISODE_TYPE, Codes.SJUKFALL, "Sjukfall"));
        e.setPatient(Mapping.patient(alias));
        e.setManagingOrganization(Mapping.organization(unit, regions.unit(unit).name()));
        e.setPeriod(Mapping.period(s.start(), s.active() ? null : s.end()));
        for (CertificateFacts c : pc.certificates()) {
            e.addDiagnosis().setCondition(new Reference("Condition/" + ids.certificate(c.id(), pnr.value()) + "-dx-0"))
                    .setRole(Mapping.concept("http://terminology.hl7.org/CodeSystem/diagnosis-role", "CC", "Chief complaint"));
        }
        return e;
    }

    List<Condition> conditions(Personnummer pnr, CertificateFacts c, boolean caseActive) {
        List<Condition> out = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        codes.add(c.diagnosisCode());
        codes.addAll(c.secondaryDiagnosisCodes());
        String alias = ids.patient(pnr.value());
        String cert = ids.certificate(c.id(), pnr.value());
        for (int i = 0; i < codes.size(); i++) {
            Condition cond = new Condition();
            cond.setId(cert + "-dx-" + i);
            cond.setClinicalStatus(Mapping.concept("http://terminology.hl7.org/CodeSystem/condition-clinical",
                    caseActive ? "active" : "resolved", caseActive ? "Active" : "Resolved"));
            cond.setVerificationStatus(Mapping.concept("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed"));
            cond.addCategory(Mapping.concept("http://terminology.hl7.org/CodeSystem/condition-category", "encounter-diagnosis",
                    "Encounter Diagnosis"));
            String text = i == 0 ? c.diagnosisText() : null;
            cond.setCode(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(new Coding(Codes.ICD10_SE, codes.get(i), text))
                    .setText(text == null ? codes.get(i) : text));
            cond.setSubject(Mapping.patient(alias));
            cond.setRecordedDateElement(Mapping.dayTime(c.signed()));
            cond.setRecorder(null);
            cond.addEvidence().addDetail(new Reference("DocumentReference/" + cert));
            out.add(cond);
        }
        return out;
    }

    DocumentReference certificateDocument(String unit, Personnummer pnr, CertificateFacts c) {
        String cert = ids.certificate(c.id(), pnr.value());
        DocumentReference d = new DocumentReference();
        d.setId(cert);
        d.setMasterIdentifier(new org.hl7.fhir.r4.model.Identifier().setSystem(Codes.CERTIFICATE_ID).setValue(c.id()));
        d.addIdentifier().setSystem(Codes.CERTIFICATE_ID).setValue(c.id());
        d.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        d.setType(Mapping.text("Läkarintyg för sjukpenning (FK 7804)"));
        d.addCategory(Mapping.text("Sjukintyg"));
        d.setSubject(Mapping.patient(ids.patient(pnr.value())));
        d.setDate(Mapping.date(c.signed()));
        d.addAuthor(Mapping.practitionerByIdentifier(c.doctorId(), c.doctorName()));
        d.setCustodian(Mapping.organization(c.unitId(), regions.findUnit(c.unitId()).map(CareUnit::name).orElse(c.unitId())));
        StringBuilder text = new StringBuilder("Läkarintyg för sjukpenning " + c.id() + ", signerat " + c.signed() + ".");
        for (var p : c.periods()) {
            text.append(" Sjukskrivning ").append(p.degree()).append(" % ").append(p.from()).append("–").append(p.to()).append('.');
        }
        d.addContent().setAttachment(Mapping.text("text/plain; charset=UTF-8", "Läkarintyg " + c.id(), text.toString()));
        d.getContext().setPeriod(Mapping.period(c.start(), c.end()));
        return d;
    }

    List<Observation> periods(Personnummer pnr, CertificateFacts c) {
        String cert = ids.certificate(c.id(), pnr.value());
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < c.periods().size(); i++) {
            var p = c.periods().get(i);
            Observation o = new Observation();
            o.setId(cert + "-p-" + i);
            o.setStatus(Observation.ObservationStatus.FINAL);
            o.setCode(Mapping.concept(Codes.SICK_LEAVE_DEGREE, "sjukskrivningsgrad", "Sjukskrivningsgrad"));
            o.setSubject(Mapping.patient(ids.patient(pnr.value())));
            o.setEffective(Mapping.period(p.from(), p.to()));
            o.setIssuedElement(new org.hl7.fhir.r4.model.InstantType(Mapping.date(c.signed())));
            o.setValue(new Quantity().setValue(p.degree()).setUnit("%").setSystem("http://unitsofmeasure.org").setCode("%"));
            o.addDerivedFrom(new Reference("DocumentReference/" + cert));
            if (c.doctorId() != null) {
                o.addPerformer(Mapping.practitionerByIdentifier(c.doctorId(), c.doctorName()));
            }
            out.add(o);
        }
        return out;
    }

    /** The certificate behind a certificate alias, read through the patient's sick-leave cases at the unit. */
    Optional<CertificateAt> certificate(String unit, String certAlias) {
        Optional<FhirIds.Target> t = ids.resolve(certAlias).filter(x -> x.kind() == FhirIds.Kind.CERTIFICATE);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Personnummer pnr = Personnummer.parse(t.get().patientId());
        for (SickLeaveService.PatientCase pc : sickLeaveCases(unit, pnr)) {
            for (CertificateFacts c : pc.certificates()) {
                if (c.id().equals(t.get().ref())) {
                    return Optional.of(new CertificateAt(pnr, c, pc.summary().active()));
                }
            }
        }
        return Optional.empty();
    }

    record CertificateAt(Personnummer patient, CertificateFacts certificate, boolean caseActive) {
    }

    // ---------------------------------------------------------------- coordination cases

    EpisodeOfCare coordinationEpisode(String unit, CoordinationCase c) {
        EpisodeOfCare e = new EpisodeOfCare();
        e.setId("kc-" + c.id());
        e.addType(Mapping.concept(Codes.EPISODE_TYPE, Codes.KOORDINERING, "Koordinering"));
        e.setStatus(status(c.state()));
        e.setPatient(Mapping.patient(ids.patient(c.patientId())));
        e.setManagingOrganization(Mapping.organization(unit, regions.unit(unit).name()));
        LocalDate start = c.created().atZoneSameInstant(se.koordinera.shared.SwedishTime.ZONE).toLocalDate();
        org.hl7.fhir.r4.model.Period period = new org.hl7.fhir.r4.model.Period().setStartElement(Mapping.time(c.created()));
        List<CoordinationCase.CaseEvent> history = c.history() == null ? List.of() : c.history();
        if (c.state() == CaseState.CLOSED && !history.isEmpty()) {
            period.setEndElement(Mapping.time(history.get(history.size() - 1).time()));
        }
        e.setPeriod(period);
        // statusHistory: each state the case was in, and when.
        OffsetDateTime from = c.created();
        CaseState state = CaseState.IDENTIFIED;
        for (CoordinationCase.CaseEvent ev : history) {
            if (ev.toState() == null || ev.toState() == state) {
                continue;
            }
            e.addStatusHistory().setStatus(status(state))
                    .setPeriod(new org.hl7.fhir.r4.model.Period().setStartElement(Mapping.time(from)).setEndElement(Mapping.time(ev.time())));
            from = ev.time();
            state = ev.toState();
        }
        e.addExtension(new org.hl7.fhir.r4.model.Extension(Codes.BASE + "/StructureDefinition/case-state",
                new Coding(Codes.CASE_STATE, c.state().name(), c.state().label())));
        try {
            Responsible r = staff.responsible(unit, c.id());
            if (r.responsible() != null) {
                e.setCareManager(new Reference("Practitioner/" + r.responsible().hsaId()).setDisplay(r.responsible().name()));
            }
        } catch (NotFoundException ignored) {
            // no responsible person recorded
        }
        return e;
    }

    static EpisodeOfCare.EpisodeOfCareStatus status(CaseState s) {
        return switch (s) {
            case IDENTIFIED, ASSESSED_RELEVANT, OFFERED -> EpisodeOfCare.EpisodeOfCareStatus.PLANNED;
            case ACCEPTED, ACTIVE -> EpisodeOfCare.EpisodeOfCareStatus.ACTIVE;
            case ASSESSED_NOT_RELEVANT, DECLINED -> EpisodeOfCare.EpisodeOfCareStatus.CANCELLED;
            case CLOSED -> EpisodeOfCare.EpisodeOfCareStatus.FINISHED;
        };
    }

    CoordinationCase coordinationCase(String unit, long id) {
        return cases.get(unit, id);
    }

    List<CoordinationCase> casesOfUnit(String unit) {
        return cases.list(unit, null).items();
    }

    List<CoordinationCase> casesOf(String unit, Personnummer pnr) {
        return cases.casesOfPatient(unit, pnr);
    }

    // ---------------------------------------------------------------- consents

    List<se.koordinera.consent.Consent> consentsOf(String unit, Personnummer pnr) {
        return consents.list(unit, pnr);
    }

    Consent consent(String unit, se.koordinera.consent.Consent c) {
        Consent r = new Consent();
        String alias = ids.patient(c.patientId());
        r.setId(alias + "-cs-" + c.id());
        r.setStatus(c.withdrawal() != null ? Consent.ConsentState.INACTIVE : Consent.ConsentState.ACTIVE);
        r.setScope(Mapping.concept("http://terminology.hl7.org/CodeSystem/consentscope", "treatment", "Treatment"));
        r.addCategory(Mapping.concept(Codes.CONSENT_SCOPE, c.scope().name(), c.scope().label()));
        r.setPatient(Mapping.patient(alias));
        r.setDateTimeElement(Mapping.dayTime(c.given()));
        r.addOrganization(Mapping.organization(unit, regions.unit(unit).name()));
        if (c.recordedBy() != null) {
            r.addPerformer(Mapping.patient(alias));
        }
        r.addPolicy().setUri("https://rkrattsbaser.gov.se/sfst?bet=2019:1297");
        r.getSourceAttachment().setContentType("text/plain; charset=UTF-8").setTitle(
                (c.form() == se.koordinera.consent.ConsentForm.ORAL ? "Muntligt" : "Skriftligt") + " samtycke, registrerat av "
                        + (c.recordedBy() == null ? "okänd" : c.recordedBy().name()));
        var provision = r.getProvision();
        provision.setType(Consent.ConsentProvisionType.PERMIT);
        provision.setPeriod(Mapping.period(c.given(), c.withdrawal() == null ? null : c.withdrawal().withdrawn()));
        String recipient = switch (c.scope()) {
            case INFORM_FK -> "Försäkringskassan";
            case CONTACT_EMPLOYER -> "Arbetsgivaren";
            case CONTACT_OTHER_ACTORS -> "Arbetsförmedlingen, kommunen";
            case COORDINATION -> null;
        };
        if (recipient != null) {
            provision.addActor().setRole(Mapping.concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP",
                    "information recipient")).setReference(new Reference().setDisplay(recipient));
        } else {
            provision.addActor().setRole(Mapping.concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PRF", "performer"))
                    .setReference(Mapping.organization(unit, regions.unit(unit).name()));
        }
        return r;
    }

    // ---------------------------------------------------------------- journal: Procedure and DocumentReference

    List<JournalEntry> journalOf(String unit, Personnummer pnr) {
        try {
            return journal.journal(unit, pnr);
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    List<JournalEntry> journalOfUnit(String unit) {
        return journal.unitJournal(unit).entries();
    }

    JournalEntry journalEntry(String unit, long id) {
        return journal.entry(unit, id);
    }

    Procedure procedure(String unit, JournalEntry e) {
        Procedure p = new Procedure();
        p.setId("pr-" + e.id());
        p.addIdentifier().setSystem(Codes.JOURNAL_ENTRY_ID).setValue(String.valueOf(e.id()));
        p.setStatus(Procedure.ProcedureStatus.COMPLETED);
        p.setCategory(Mapping.concept(Codes.JOURNAL_TYPE, e.type().name(), e.type().label()));
        Kva kva = Kva.valueOf(e.kva());
        p.setCode(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(new Coding(Codes.KVA, kva.name(), kva.text())).setText(kva.text()));
        p.setSubject(Mapping.patient(ids.patient(e.patientId())));
        p.setPerformed(Mapping.dayTime(e.date()));
        p.setRecorder(new Reference("Practitioner/" + e.author().id()).setDisplay(e.author().name()));
        p.addPerformer().setActor(new Reference("Practitioner/" + e.author().id()).setDisplay(e.author().name()))
                .setFunction(Mapping.text(HandoffText.profession(e.author().profession())))
                .setOnBehalfOf(Mapping.organization(unit, regions.unit(unit).name()));
        p.setLocation(null);
        p.addNote().setText(e.text());
        if (e.caseId() != null) {
            p.addExtension(new org.hl7.fhir.r4.model.Extension(Codes.BASE + "/StructureDefinition/episode-of-care",
                    new Reference("EpisodeOfCare/kc-" + e.caseId())));
        }
        return p;
    }

    DocumentReference journalDocument(String unit, JournalEntry e) {
        DocumentReference d = new DocumentReference();
        d.setId("j-" + e.id());
        d.addIdentifier().setSystem(Codes.JOURNAL_ENTRY_ID).setValue(String.valueOf(e.id()));
        d.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        d.setType(Mapping.text("Journalunderlag: " + e.type().label()));
        d.addCategory(Mapping.concept(Codes.JOURNAL_TYPE, e.type().name(), e.type().label()));
        d.setSubject(Mapping.patient(ids.patient(e.patientId())));
        d.setDate(Mapping.instant(e.time()));
        d.addAuthor(new Reference("Practitioner/" + e.author().id()).setDisplay(e.author().name()));
        String unitName = regions.unit(unit).name();
        d.setCustodian(Mapping.organization(unit, unitName));
        d.setDescription(e.type().label() + " " + e.date());
        d.addContent().setAttachment(Mapping.text("text/plain; charset=UTF-8", "Journalunderlag nr " + e.id(), HandoffText.of(e, unitName)));
        d.getContext().setPeriod(Mapping.period(e.date(), e.date()));
        if (e.kva() != null) {
            d.getContext().addRelated(new Reference("Procedure/pr-" + e.id()));
        }
        return d;
    }

    // ---------------------------------------------------------------- plans and meetings

    Optional<PlanService.PlanView> plan(String unit, long caseId) {
        PlanService.PlanView v = plans.plan(unit, caseId);
        return v.latest() == null ? Optional.empty() : Optional.of(v);
    }

    CarePlan carePlan(String unit, PlanService.PlanView v) {
        se.koordinera.plan.CarePlan latest = v.latest();
        CarePlan cp = new CarePlan();
        cp.setId("cp-" + v.caseId());
        cp.getMeta().setVersionId(String.valueOf(latest.version()));
        cp.setStatus(v.caseOpen() ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.COMPLETED);
        cp.setIntent(CarePlan.CarePlanIntent.PLAN);
        cp.setTitle("Rehabiliteringsplan med plan för återgång i arbete");
        cp.addCategory(Mapping.concept(Codes.KVA, "DV077", Kva.DV077.text()));
        cp.setSubject(Mapping.patient(ids.patient(v.patientId())));
        cp.setCreatedElement(Mapping.time(latest.created()));
        cp.setAuthor(new Reference("Practitioner/" + latest.createdBy().id()).setDisplay(latest.createdBy().name()));
        LocalDate from = null;
        LocalDate to = null;
        for (var s : latest.steps()) {
            from = from == null || s.from().isBefore(from) ? s.from() : from;
            to = to == null || s.to().isAfter(to) ? s.to() : to;
        }
        if (from == null) {
            from = latest.created().atZoneSameInstant(se.koordinera.shared.SwedishTime.ZONE).toLocalDate();
        }
        cp.setPeriod(Mapping.period(from, to));
        cp.addGoal(new Reference("Goal/gl-" + v.caseId()));
        if (latest.note() != null && !latest.note().isBlank()) {
            cp.addNote().setText(latest.note());
        }
        LocalDate today = LocalDate.now(clock);
        for (var s : latest.steps()) {
            CarePlan.CarePlanActivityDetailComponent d = cp.addActivity().getDetail();
            d.setStatus(s.to().isBefore(today) ? CarePlan.CarePlanActivityStatus.COMPLETED
                    : s.from().isAfter(today) ? CarePlan.CarePlanActivityStatus.NOTSTARTED : CarePlan.CarePlanActivityStatus.INPROGRESS);
            d.setCode(Mapping.text("Planerad sjukskrivning"));
            d.setDescription("Planerad sjukskrivning " + s.degree() + " %");
            d.setScheduled(Mapping.period(s.from(), s.to()));
            d.setQuantity(new org.hl7.fhir.r4.model.SimpleQuantity().setValue(s.degree()).setUnit("%").setSystem("http://unitsofmeasure.org")
                    .setCode("%"));
        }
        for (var a : latest.activities()) {
            CarePlan.CarePlanActivityDetailComponent d = cp.addActivity().getDetail();
            d.setStatus(a.due() != null && a.due().isBefore(today) ? CarePlan.CarePlanActivityStatus.UNKNOWN
                    : CarePlan.CarePlanActivityStatus.NOTSTARTED);
            d.setDescription(a.text());
            if (a.actor() != null) {
                d.addPerformer(new Reference().setDisplay(a.actor().label()));
            }
            if (a.due() != null) {
                d.setScheduled(Mapping.period(null, a.due()));
            }
        }
        for (LocalDate f : latest.followUpDates()) {
            CarePlan.CarePlanActivityDetailComponent d = cp.addActivity().getDetail();
            d.setStatus(f.isBefore(today) ? CarePlan.CarePlanActivityStatus.UNKNOWN : CarePlan.CarePlanActivityStatus.SCHEDULED);
            d.setCode(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(new Coding(Codes.KVA, "AW026", Kva.AW026.text()))
                    .setText("Uppföljning av sjukskrivning och rehabiliteringsplan"));
            d.setScheduled(Mapping.period(f, f));
        }
        return cp;
    }

    Goal goal(PlanService.PlanView v) {
        se.koordinera.plan.CarePlan latest = v.latest();
        Goal g = new Goal();
        g.setId("gl-" + v.caseId());
        g.setLifecycleStatus(v.caseOpen() ? Goal.GoalLifecycleStatus.ACTIVE : Goal.GoalLifecycleStatus.COMPLETED);
        g.setDescription(Mapping.text(latest.goals() == null || latest.goals().isBlank() ? "Återgång i arbete" : latest.goals()));
        g.setSubject(Mapping.patient(ids.patient(v.patientId())));
        g.addCategory(Mapping.text("Återgång i arbete"));
        g.setStart(Mapping.day(latest.created().atZoneSameInstant(se.koordinera.shared.SwedishTime.ZONE).toLocalDate()));
        if (latest.patientWords() != null && !latest.patientWords().isBlank()) {
            g.addNote().setText("Patientens egna ord: " + latest.patientWords());
        }
        return g;
    }

    List<se.koordinera.plan.Meeting> meetingsOf(String unit, long caseId) {
        return meetings.meetings(unit, caseId).items();
    }

    org.hl7.fhir.r4.model.Appointment appointment(String unit, se.koordinera.plan.Meeting m) {
        var a = new org.hl7.fhir.r4.model.Appointment();
        a.setId("ap-" + m.id() + "-" + m.caseId());
        boolean held = !m.minutes().isEmpty();
        a.setStatus(held ? org.hl7.fhir.r4.model.Appointment.AppointmentStatus.FULFILLED
                : org.hl7.fhir.r4.model.Appointment.AppointmentStatus.BOOKED);
        a.addServiceType(Mapping.text(m.kind().label()));
        a.setDescription(m.kind().label() + (m.agenda() == null || m.agenda().isBlank() ? "" : ": " + m.agenda()));
        a.setStartElement(new org.hl7.fhir.r4.model.InstantType(Mapping.instant(m.startsAt())));
        a.setEndElement(new org.hl7.fhir.r4.model.InstantType(Mapping.instant(m.startsAt().plusMinutes(m.durationMinutes()))));
        a.setMinutesDuration(m.durationMinutes());
        if (m.location() != null && !m.location().isBlank()) {
            a.setComment("Plats: " + m.location() + (m.video() ? " (video)" : ""));
        }
        a.addParticipant().setActor(Mapping.patient(ids.patient(m.patientId())).setDisplay("Patienten"))
                .setStatus(org.hl7.fhir.r4.model.Appointment.ParticipationStatus.ACCEPTED);
        a.addParticipant().setActor(new Reference("Practitioner/" + m.createdBy().id()).setDisplay(m.createdBy().name()))
                .setStatus(org.hl7.fhir.r4.model.Appointment.ParticipationStatus.ACCEPTED);
        for (var p : m.participants()) {
            if (p.actor() == se.koordinera.plan.PlanActor.PATIENT) {
                continue;
            }
            a.addParticipant().addType(Mapping.concept(Codes.ACTOR, p.actor().name(), p.actor().label()))
                    .setActor(new Reference().setDisplay(p.name() == null || p.name().isBlank() ? p.actor().label() : p.name()))
                    .setStatus(org.hl7.fhir.r4.model.Appointment.ParticipationStatus.ACCEPTED);
        }
        return a;
    }

    org.hl7.fhir.r4.model.Encounter encounter(String unit, se.koordinera.plan.Meeting m) {
        var e = new org.hl7.fhir.r4.model.Encounter();
        e.setId("en-" + m.id() + "-" + m.caseId());
        e.setStatus(org.hl7.fhir.r4.model.Encounter.EncounterStatus.FINISHED);
        e.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", m.video() ? "VR" : "AMB",
                m.video() ? "virtual" : "ambulatory"));
        e.addType(Mapping.text(m.kind().label()));
        e.setSubject(Mapping.patient(ids.patient(m.patientId())));
        e.addEpisodeOfCare(new Reference("EpisodeOfCare/kc-" + m.caseId()));
        e.addAppointment(new Reference("Appointment/ap-" + m.id() + "-" + m.caseId()));
        e.setPeriod(new org.hl7.fhir.r4.model.Period().setStartElement(Mapping.time(m.startsAt()))
                .setEndElement(Mapping.time(m.startsAt().plusMinutes(m.durationMinutes()))));
        e.addParticipant().setIndividual(new Reference("Practitioner/" + m.createdBy().id()).setDisplay(m.createdBy().name()));
        for (var p : m.participants()) {
            if (p.actor() != se.koordinera.plan.PlanActor.PATIENT && p.actor() != se.koordinera.plan.PlanActor.CARE) {
                e.addParticipant().addType(Mapping.concept(Codes.ACTOR, p.actor().name(), p.actor().label()));
            }
        }
        e.setServiceProvider(Mapping.organization(unit, regions.unit(unit).name()));
        return e;
    }

    // ---------------------------------------------------------------- access log

    /** The log extract's rule: the unit's verksamhetschef (no separate log-review role exists yet). */
    /** AuditEvent is for the unit's manager (their unit's log) or a log reviewer of the unit's care provider (its whole log). */
    Object requireLogReviewer(String unit) {
        if (logReview.isReviewer(regions.unit(unit).regionId())) {
            return access.currentUser();
        }
        return access.requireRoleAtUnit(se.koordinera.access.Role.UNIT_MANAGER, unit);
    }

    List<AccessLogEntry> accessLogOf(String unit, Personnummer pnr) {
        String provider = regions.unit(unit).regionId();
        return logReview.isReviewer(provider) ? logReview.providerExtract(provider, pnr) : accessLog.extract(unit, pnr);
    }

    static String auditId(String patientAlias, AccessLogEntry e) {
        String key = e.time().toInstant().toString() + "|" + e.userHsaId() + "|" + e.unitId() + "|" + e.function() + "|" + e.action();
        byte[] hash;
        try {
            hash = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
        return patientAlias + "-ae-" + HexFormat.of().formatHex(hash, 0, 8);
    }

    AuditEvent auditEvent(Personnummer pnr, AccessLogEntry e) {
        String alias = ids.patient(pnr.value());
        AuditEvent a = new AuditEvent();
        a.setId(auditId(alias, e));
        boolean read = e.action() == se.koordinera.audit.AccessAction.READ || e.action() == se.koordinera.audit.AccessAction.PRINT
                || e.action() == se.koordinera.audit.AccessAction.EXPORT;
        a.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "Restful Operation"));
        a.addSubtype(read ? new Coding("http://hl7.org/fhir/restful-interaction", "read", "read")
                : new Coding("http://hl7.org/fhir/restful-interaction", "update", "update"));
        a.setAction(read ? AuditEvent.AuditEventAction.R : AuditEvent.AuditEventAction.U);
        a.setRecorded(Mapping.instant(e.time()));
        a.setOutcome(AuditEvent.AuditEventOutcome._0);
        a.addPurposeOfEvent(Mapping.concept("http://terminology.hl7.org/CodeSystem/v3-ActReason", "TREAT", "treatment"));
        AuditEvent.AuditEventAgentComponent user = a.addAgent();
        user.setType(Mapping.concept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient"));
        user.setWho(new Reference().setIdentifier(Mapping.hsa(e.userHsaId())).setDisplay(e.userName()));
        user.setRequestor(true);
        user.addRole(Mapping.text("Medarbetaruppdrag: " + e.assignment()));
        user.addPurposeOfUse(Mapping.concept("http://terminology.hl7.org/CodeSystem/v3-ActReason", "TREAT", "treatment"));
        AuditEvent.AuditEventAgentComponent custodian = a.addAgent();
        custodian.setType(Mapping.concept("http://terminology.hl7.org/CodeSystem/provenance-participant-type", "custodian", "Custodian"));
        custodian.setWho(Mapping.organization(e.unitId(), e.unitName()));
        custodian.setRequestor(false);
        a.getSource().setSite(e.unitName()).setObserver(new Reference().setDisplay("Koordinera"))
                .addType(new Coding("http://terminology.hl7.org/CodeSystem/security-source-type", "4", "Application Server"));
        AuditEvent.AuditEventEntityComponent entity = a.addEntity();
        entity.setWhat(Mapping.patient(alias));
        entity.setType(new Coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "1", "Person"));
        entity.setRole(new Coding("http://terminology.hl7.org/CodeSystem/object-role", "1", "Patient"));
        entity.setDescription(e.function() + " (" + e.action().label() + ")");
        return a;
    }

    // ---------------------------------------------------------------- search helpers

    /** Whether [start, end] (end null: open) overlaps the requested date range. */
    static boolean overlaps(DateRangeParam range, LocalDate start, LocalDate end) {
        if (range == null) {
            return true;
        }
        Date lower = range.getLowerBoundAsInstant();
        Date upper = range.getUpperBoundAsInstant();
        Date s = Mapping.date(start);
        Date e = end == null ? null : Date.from(end.plusDays(1).atStartOfDay(se.koordinera.shared.SwedishTime.ZONE).toInstant().minusMillis(1));
        if (upper != null && s != null && s.after(upper)) {
            return false;
        }
        return lower == null || e == null || !e.before(lower);
    }

    static boolean overlaps(DateRangeParam range, OffsetDateTime time) {
        LocalDate d = time.atZoneSameInstant(se.koordinera.shared.SwedishTime.ZONE).toLocalDate();
        return overlaps(range, d, d);
    }

    static boolean matchesCode(TokenParam token, String system, String code) {
        if (token == null) {
            return true;
        }
        if (token.getSystem() != null && !token.getSystem().isEmpty() && !token.getSystem().equals(system)) {
            return false;
        }
        return token.getValue() == null || token.getValue().equalsIgnoreCase(code);
    }

    static boolean isJournalProcedure(JournalEntry e) {
        return e.kva() != null && e.type() != JournalType.CORRECTION;
    }
}
