package se.koordinera.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.koordinera.access.Assignment;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;
import se.koordinera.support.ApiClient;
import se.koordinera.support.CoordinatedPatient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;

/**
 * The FHIR R4 facade read with HAPI's generic client over real HTTP: every resource type is read
 * and searched on data made through the JSON API, every returned resource validates against base
 * R4 with 0 errors, and the identifier and code systems are the ones of INTEGRATIONS.md.
 */
@IntegrationTest
class FhirApiIT {

    @LocalServerPort int port;
    @Autowired TestData data;
    @Autowired ApiClient api;

    CoordinatedPatient f;
    IGenericClient client;
    final List<IBaseResource> returned = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new CoordinatedPatient(data, api);
        client = FhirClients.client(port, f.coordinator, f.unit.unitId());
    }

    <T extends Resource> List<T> search(Class<T> type, String query) {
        Bundle bundle = client.search().byUrl(type.getSimpleName() + (query.isEmpty() ? "" : "?" + query))
                .returnBundle(Bundle.class).execute();
        returned.add(bundle);
        List<T> out = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            if (type.isInstance(e.getResource())) {
                out.add(type.cast(e.getResource()));
            }
        }
        return out;
    }

    <T extends Resource> T read(Class<T> type, String id) {
        T r = client.read().resource(type).withId(id).execute();
        returned.add(r);
        return r;
    }

    String patientAlias() {
        List<Patient> found = search(Patient.class, "identifier=http://electronichealth.se/identifier/personnummer|" + f.patient.value());
        assertThat(found).hasSize(1);
        return found.get(0).getIdPart();
    }

    @Test
    @DisplayName("R15: every resource type is read and searched on real data and validates against base R4; KVÅ codes on Procedure")
    void everyResourceTypeIsReadAndSearchedAndValidates() throws Exception {
        CapabilityStatement cs = client.capabilities().ofType(CapabilityStatement.class).execute();
        returned.add(cs);
        Set<String> types = new java.util.HashSet<>();
        cs.getRestFirstRep().getResource().forEach(r -> types.add(r.getType()));
        assertThat(types).contains("Patient", "Organization", "Practitioner", "PractitionerRole", "EpisodeOfCare", "Condition",
                "DocumentReference", "Observation", "Consent", "Procedure", "CarePlan", "Goal", "Appointment", "Encounter", "AuditEvent");

        // Patient: search by identifier, read by opaque id (never the personnummer in the path)
        String alias = patientAlias();
        assertThat(alias).doesNotContain(f.patient.value());
        Patient p = read(Patient.class, alias);
        assertThat(p.getIdentifierFirstRep().getSystem()).isEqualTo("http://electronichealth.se/identifier/personnummer");
        assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo(f.patient.value());
        assertThat(p.getNameFirstRep().getFamily()).isEqualTo("Tolvansson");
        assertThat(search(Patient.class, "_id=" + alias)).hasSize(1);
        String pq = "patient=Patient/" + alias;

        // Organization: the unit with its HSA-id, part of the care provider
        Organization unit = read(Organization.class, f.unit.unitId());
        assertThat(unit.getIdentifierFirstRep().getSystem()).isEqualTo("urn:oid:1.2.752.29.4.19");
        assertThat(unit.getPartOf().getReference()).isEqualTo("Organization/" + f.unit.regionId());
        assertThat(search(Organization.class, "identifier=urn:oid:1.2.752.29.4.19|" + f.unit.unitId())).hasSize(1);
        assertThat(search(Organization.class, "identifier=urn:oid:1.2.752.129.2.1.4.1|" + f.unit.unitId())).hasSize(1);

        // Practitioner and PractitionerRole: the unit's staff
        Practitioner coordinator = read(Practitioner.class, f.coordinator.hsaId());
        assertThat(coordinator.getIdentifierFirstRep().getSystem()).isEqualTo("urn:oid:1.2.752.29.4.19");
        assertThat(search(Practitioner.class, "identifier=urn:oid:1.2.752.29.4.19|" + f.doctor.hsaId())).hasSize(1);
        List<PractitionerRole> roles = search(PractitionerRole.class, "organization=Organization/" + f.unit.unitId());
        assertThat(roles).hasSizeGreaterThanOrEqualTo(3);
        read(PractitionerRole.class, roles.get(0).getIdPart());

        // EpisodeOfCare: the sick-leave case and the coordination case
        List<EpisodeOfCare> episodes = search(EpisodeOfCare.class, pq);
        assertThat(episodes).extracting(e -> e.getTypeFirstRep().getCodingFirstRep().getCode()).containsExactlyInAnyOrder("sjukfall", "koordinering");
        EpisodeOfCare sjukfall = search(EpisodeOfCare.class, pq + "&type=sjukfall").get(0);
        assertThat(sjukfall.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        EpisodeOfCare kc = search(EpisodeOfCare.class, pq + "&type=koordinering&status=active").get(0);
        assertThat(kc.getIdPart()).isEqualTo("kc-" + f.caseId);
        assertThat(kc.getStatusHistory()).isNotEmpty();
        assertThat(read(EpisodeOfCare.class, sjukfall.getIdPart()).getPeriod().getStartElement().getValueAsString())
                .isEqualTo(f.today.minusDays(30).toString());
        read(EpisodeOfCare.class, kc.getIdPart());
        assertThat(search(EpisodeOfCare.class, pq + "&date=le" + f.today.minusYears(1))).isEmpty();
        assertThat(search(EpisodeOfCare.class, pq + "&date=le" + f.today)).hasSize(2);
        assertThat(search(EpisodeOfCare.class, "type=koordinering")).extracting(Resource::getIdPart).contains("kc-" + f.caseId);
        Bundle included = client.search().byUrl("EpisodeOfCare?" + pq + "&type=sjukfall&_include=EpisodeOfCare:condition")
                .returnBundle(Bundle.class).execute();
        returned.add(included);
        assertThat(included.getEntry()).anyMatch(e -> e.getResource() instanceof Condition
                && e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE);

        // Condition: ICD-10-SE
        List<Condition> conditions = search(Condition.class, pq);
        assertThat(conditions).extracting(c -> c.getCode().getCodingFirstRep().getCode()).containsExactlyInAnyOrder("F43.8A", "G47.0");
        assertThat(conditions).allSatisfy(c -> assertThat(c.getCode().getCodingFirstRep().getSystem()).isEqualTo("urn:oid:1.2.752.116.1.1.1.1.3"));
        assertThat(search(Condition.class, pq + "&code=urn:oid:1.2.752.116.1.1.1.1.3|G47.0")).hasSize(1);
        read(Condition.class, conditions.get(0).getIdPart());

        // DocumentReference: the certificate and the hand-off texts
        List<DocumentReference> docs = search(DocumentReference.class, pq);
        DocumentReference certificate = docs.stream().filter(d -> d.getIdentifierFirstRep().getValue().equals(f.certificateId)).findFirst().orElseThrow();
        assertThat(read(DocumentReference.class, certificate.getIdPart()).getCustodian().getReference()).isEqualTo("Organization/" + f.unit.unitId());
        assertThat(search(DocumentReference.class, pq + "&identifier=" + f.certificateId)).hasSize(1);
        DocumentReference handoff = docs.stream().filter(d -> d.getIdPart().startsWith("j-")).findFirst().orElseThrow();
        String text = new String(read(DocumentReference.class, handoff.getIdPart()).getContentFirstRep().getAttachment().getData(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("F43").doesNotContain("G47");

        // Observation: the periods, with degree and derivedFrom the certificate
        List<Observation> periods = search(Observation.class, pq);
        assertThat(periods).extracting(o -> o.getValueQuantity().getValue().intValue()).containsExactlyInAnyOrder(100, 50);
        assertThat(search(Observation.class, pq + "&derived-from=DocumentReference/" + certificate.getIdPart())).hasSize(2);
        assertThat(search(Observation.class, pq + "&date=ge" + f.today)).hasSize(1);
        read(Observation.class, periods.get(0).getIdPart());
        // paging with _count: two pages of one
        Bundle page1 = client.search().byUrl("Observation?" + pq + "&_count=1").returnBundle(Bundle.class).execute();
        assertThat(page1.getEntry()).hasSize(1);
        assertThat(page1.getLink(Bundle.LINK_NEXT)).isNotNull();
        Bundle page2 = client.loadPage().next(page1).execute();
        assertThat(page2.getEntry()).hasSize(1);
        assertThat(page2.getEntryFirstRep().getResource().getIdElement().getIdPart())
                .isNotEqualTo(page1.getEntryFirstRep().getResource().getIdElement().getIdPart());
        returned.add(page1);
        returned.add(page2);

        // Consent: given ones active, the withdrawn one inactive with provision.period.end
        List<Consent> consents = search(Consent.class, pq);
        assertThat(consents).hasSize(3);
        Consent withdrawn = consents.stream().filter(c -> c.getStatus() == Consent.ConsentState.INACTIVE).findFirst().orElseThrow();
        assertThat(withdrawn.getProvision().getPeriod().getEndElement().getValueAsString()).isEqualTo(f.today.toString());
        assertThat(search(Consent.class, pq + "&status=active")).hasSize(2);
        read(Consent.class, withdrawn.getIdPart());

        // Procedure: KVÅ codes
        List<Procedure> procedures = search(Procedure.class, pq);
        assertThat(procedures).allSatisfy(pr -> assertThat(pr.getCode().getCodingFirstRep().getSystem()).isEqualTo("urn:oid:1.2.752.116.1.3.2.1.4"));
        assertThat(procedures).extracting(pr -> pr.getCode().getCodingFirstRep().getCode())
                .containsExactlyInAnyOrder("GC001", "GC001", "GC001", "DV077", "AW026");
        assertThat(search(Procedure.class, pq + "&code=urn:oid:1.2.752.116.1.3.2.1.4|DV077")).hasSize(1);
        assertThat(search(Procedure.class, "code=AW026")).hasSize(1);
        read(Procedure.class, procedures.get(0).getIdPart());

        // CarePlan with Goal
        CarePlan plan = search(CarePlan.class, pq).get(0);
        assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(plan.getActivity()).isNotEmpty();
        read(CarePlan.class, plan.getIdPart());
        Goal goal = search(Goal.class, pq).get(0);
        assertThat(read(Goal.class, goal.getIdPart()).getDescription().getText()).isEqualTo("Tillbaka i arbete");
        assertThat(search(CarePlan.class, pq + "&status=active")).hasSize(1);

        // Appointment (booked, here held) and Encounter
        Appointment appointment = search(Appointment.class, pq).get(0);
        assertThat(appointment.getStatus()).isEqualTo(Appointment.AppointmentStatus.FULFILLED);
        read(Appointment.class, appointment.getIdPart());
        Encounter encounter = search(Encounter.class, pq + "&date=" + f.today).get(0);
        read(Encounter.class, encounter.getIdPart());

        // AuditEvent: for the unit manager
        IGenericClient manager = FhirClients.client(port, f.manager, f.unit.unitId());
        Bundle audit = manager.search().byUrl("AuditEvent?" + pq).returnBundle(Bundle.class).execute();
        returned.add(audit);
        assertThat(audit.getEntry()).isNotEmpty();
        AuditEvent event = (AuditEvent) audit.getEntryFirstRep().getResource();
        assertThat(event.getPurposeOfEventFirstRep().getCodingFirstRep().getCode()).isEqualTo("TREAT");
        assertThat(event.getAgentFirstRep().getWho().getIdentifier().getSystem()).isEqualTo("urn:oid:1.2.752.29.4.19");
        returned.add(manager.read().resource(AuditEvent.class).withId(event.getIdPart()).execute());
        assertThat(manager.search().byUrl("AuditEvent?" + pq + "&agent=" + f.coordinator.hsaId()).returnBundle(Bundle.class).execute().getEntry())
                .isNotEmpty();

        // AuditEvent for a log reviewer of the care provider (R18, logguppföljning): refused before the role, the
        // provider's log after it
        ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException refused = org.junit.jupiter.api.Assertions.assertThrows(
                ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException.class,
                () -> client.search().byUrl("AuditEvent?" + pq).returnBundle(Bundle.class).execute());
        assertThat(refused.getStatusCode()).isEqualTo(403);
        TestData.User admin = data.user(java.util.Set.of(se.koordinera.access.Role.REGION_ADMIN), "ADMINISTRATOR",
                List.of(new se.koordinera.access.Assignment(f.unit.unitId(), se.koordinera.access.Purpose.ADMINISTRATION)));
        api.call(admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/v1/regions/" + f.unit.regionId() + "/log-reviewers/" + f.coordinator.hsaId()), null, 200);
        Bundle reviewed = client.search().byUrl("AuditEvent?" + pq).returnBundle(Bundle.class).execute();
        assertThat(reviewed.getEntry()).isNotEmpty();
        returned.add(reviewed);

        // the validator is live: an Observation without status and code is refused
        assertThat(R4Validation.errors(new Observation())).isNotEmpty();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (IBaseResource r : returned) {
            List<String> e = R4Validation.errors(r);
            if (!e.isEmpty()) {
                errors.put(r.fhirType() + "/" + r.getIdElement().getIdPart(), e);
            }
        }
        assertThat(errors).as("validation errors against base R4").isEmpty();
    }

    @Test
    @DisplayName("R2: another unit's patient is never returned: read 404, search an empty Bundle")
    void anotherUnitsPatientIsNotFound() {
        String alias = patientAlias();
        TestData.Unit other = data.newUnit();
        TestData.User stranger = data.coordinator(other.unitId());
        IGenericClient elsewhere = FhirClients.client(port, stranger, null);
        assertThatThrownBy(() -> elsewhere.read().resource(Patient.class).withId(alias).execute()).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> elsewhere.read().resource(EpisodeOfCare.class).withId("kc-" + f.caseId).execute())
                .isInstanceOf(ResourceNotFoundException.class);
        for (String query : List.of("Patient?identifier=http://electronichealth.se/identifier/personnummer|" + f.patient.value(),
                "EpisodeOfCare?patient=Patient/" + alias, "Procedure?patient=Patient/" + alias, "Consent?patient=Patient/" + alias,
                "Condition?patient=Patient/" + alias, "Observation?patient=Patient/" + alias, "DocumentReference?patient=Patient/" + alias,
                "CarePlan?patient=Patient/" + alias, "Appointment?patient=Patient/" + alias, "Procedure?code=GC001")) {
            Bundle b = elsewhere.search().byUrl(query).returnBundle(Bundle.class).execute();
            assertThat(b.getEntry()).as(query).isEmpty();
        }
        // the stranger asking for our unit: refused
        IGenericClient wrongUnit = FhirClients.client(port, stranger, f.unit.unitId());
        assertThatThrownBy(() -> wrongUnit.search().byUrl("Patient").returnBundle(Bundle.class).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    @DisplayName("R2: a user without a care assignment gets 403 as OperationOutcome")
    void aUserWithoutCareAssignmentIsRefused() {
        TestData.User admin = data.user(Set.of(Role.REGION_ADMIN), "ADMINISTRATOR",
                List.of(new Assignment(f.unit.unitId(), Purpose.ADMINISTRATION)));
        IGenericClient c = FhirClients.client(port, admin, null);
        assertThatThrownBy(() -> c.search().byUrl("Patient").returnBundle(Bundle.class).execute())
                .isInstanceOfSatisfying(ForbiddenOperationException.class,
                        e -> assertThat(e.getOperationOutcome()).isInstanceOf(OperationOutcome.class));
        IGenericClient withHeader = FhirClients.client(port, admin, f.unit.unitId());
        assertThatThrownBy(() -> withHeader.read().resource(Organization.class).withId(f.unit.unitId()).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    @DisplayName("R18: AuditEvent is refused to a coordinator, given to the unit manager")
    void auditEventIsOnlyForTheUnitManager() {
        String alias = patientAlias();
        assertThatThrownBy(() -> client.search().byUrl("AuditEvent?patient=Patient/" + alias).returnBundle(Bundle.class).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> client.search().byUrl("AuditEvent?patient=Patient/pdoesnotexist").returnBundle(Bundle.class).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        IGenericClient manager = FhirClients.client(port, f.manager, f.unit.unitId());
        assertThat(manager.search().byUrl("AuditEvent?patient=Patient/" + alias).returnBundle(Bundle.class).execute().getEntry()).isNotEmpty();
    }

    @Test
    @DisplayName("R18: each FHIR read is written to the PDL access log")
    void eachFhirReadIsLogged() {
        String alias = patientAlias();
        TestData.User reader = data.coordinator(f.unit.unitId());
        IGenericClient c = FhirClients.client(port, reader, f.unit.unitId());
        String sql = "select count(*) from access_log where user_hsa_id = ? and patient_id = ? and unit_id = ?";
        assertThat(data.count(sql, reader.hsaId(), f.patient.value(), f.unit.unitId())).isZero();
        c.read().resource(Patient.class).withId(alias).execute();
        long afterPatient = data.count(sql, reader.hsaId(), f.patient.value(), f.unit.unitId());
        assertThat(afterPatient).isPositive();
        c.search().byUrl("Procedure?patient=Patient/" + alias).returnBundle(Bundle.class).execute();
        assertThat(data.count(sql + " and function = 'koordineringsjournal'", reader.hsaId(), f.patient.value(), f.unit.unitId())).isPositive();
        c.read().resource(Consent.class).withId(search(Consent.class, "patient=Patient/" + alias).get(0).getIdPart()).execute();
        assertThat(data.count(sql + " and function = 'samtycken'", reader.hsaId(), f.patient.value(), f.unit.unitId())).isPositive();
    }

    @Test
    void metadataNeedsNoLoginAndTheRestDoes() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var meta = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/fhir/metadata")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(meta.statusCode()).isEqualTo(200);
        assertThat(meta.body()).contains("CapabilityStatement").contains("EpisodeOfCare");
        var patients = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/fhir/Patient")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(patients.statusCode()).isEqualTo(401);
        assertThat(patients.body()).contains("OperationOutcome");
    }
}
