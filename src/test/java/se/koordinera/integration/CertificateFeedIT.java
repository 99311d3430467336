package se.koordinera.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.koordinera.access.Assignment;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestClock;
import se.koordinera.support.TestData;
import tools.jackson.databind.JsonNode;

/**
 * The certificate feed against an in-JVM ListActiveSickLeavesForCareUnit producer that answers per
 * unit: the schema-complete form, the real producer's quirks, logical errors, faults, timeouts and
 * certificates that break the import rules.
 */
@IntegrationTest
class CertificateFeedIT extends RivProducers {

    @Autowired ApiClient api;
    @Autowired se.koordinera.web.PatientReferences references;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired CertificateFeedService feed;
    @Autowired FeedHealthIndicator health;

    TestData.Unit unit;
    TestData.User coordinator;
    final LocalDate today = TestClock.today();

    @BeforeEach
    void setUp() {
        unit = data.newUnit();
        coordinator = data.coordinator(unit.unitId());
    }

    JsonNode sync(TestData.User user, int status) throws Exception {
        return api.call(user, post("/api/v1/units/" + unit.unitId() + "/certificate-feed/sync"), null, status);
    }

    List<RivXml.Cert> certs(int n, boolean quirks) {
        List<RivXml.Cert> certs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            certs.add(RivXml.cert("feed-" + TestData.unique(), TestData.newPatientId().value(), unit.unitId(), quirks ? null : unit.regionId(),
                    today.minusDays(10 + i), today.plusDays(20), i % 2 == 0 ? 100 : 50, quirks));
        }
        return certs;
    }

    List<FakeRivProducer.Request> requestsFor(String unitId) {
        return INTYGSTJANST.requests.stream().filter(r -> unitId.equals(RivXml.requestedUnit(r.body()))).toList();
    }

    @Test
    void theCompleteFormIsStoredListedInTheOverviewAndASecondSyncIsUnchanged() throws Exception {
        List<RivXml.Cert> certs = certs(3, false);
        BY_UNIT.put(unit.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActive(unit.regionId(), certs)));

        JsonNode first = sync(coordinator, 200);
        assertThat(first.get("received").asInt()).isEqualTo(3);
        assertThat(first.get("created").asInt()).isEqualTo(3);
        assertThat(first.get("updated").asInt()).isZero();
        assertThat(first.get("unchanged").asInt()).isZero();
        assertThat(first.get("rejected").isArray()).isTrue();
        assertThat(first.get("rejected").size()).isZero();

        JsonNode overview = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/sick-leaves"), null, 200);
        assertThat(overview.get("total").asInt()).isEqualTo(3);
        List<String> listed = new ArrayList<>();
        overview.get("items").forEach(i -> listed.add(i.get("patient").get("id").asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(certs.stream().map(RivXml.Cert::personnummer).toList());
        assertThat(overview.get("items").get(0).get("diagnosis").get("code").asText()).isEqualTo("F438A");

        JsonNode second = sync(coordinator, 200);
        assertThat(second.get("received").asInt()).isEqualTo(3);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(3);

        // The feed's writes pass the PDL guard: logged as Koordinera's own writes at the unit.
        long logged = jdbc.sql("select count(*) from access_log where unit_id = ? and user_hsa_id = ? and action = 'WRITE'")
                .params(unit.unitId(), SYSTEM_HSA_ID).query(Long.class).single();
        assertThat(logged).isEqualTo(3);
    }

    @Test
    void theRequestOnTheWireFollowsTheContract() throws Exception {
        BY_UNIT.put(unit.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActive(null, List.of())));
        sync(coordinator, 200);
        FakeRivProducer.Request request = requestsFor(unit.unitId()).get(0);
        assertThat(request.path()).isEqualTo("/inera-certificate/list-active-sick-leaves-for-care-unit/v1.0");
        assertThat(request.header("SOAPAction"))
                .isEqualTo("\"urn:riv:clinicalprocess:healthcond:rehabilitation:ListActiveSickLeavesForCareUnitResponder:1:ListActiveSickLeavesForCareUnit\"");
        assertThat(request.header("Content-Type")).startsWith("text/xml").containsIgnoringCase("charset=UTF-8");
        Document doc = RivXml.parse(request.body());
        Element envelope = doc.getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(RivXml.SOAP);
        Element header = (Element) doc.getElementsByTagNameNS(RivXml.SOAP, "Header").item(0);
        Element logical = RivXml.firstChild(header);
        assertThat(logical.getNamespaceURI()).isEqualTo(RivXml.ITR);
        assertThat(logical.getLocalName()).isEqualTo("LogicalAddress");
        assertThat(logical.getTextContent()).isEqualTo("5565594230");
        Element body = (Element) doc.getElementsByTagNameNS(RivXml.SOAP, "Body").item(0);
        Element operation = RivXml.firstChild(body);
        assertThat(operation.getNamespaceURI()).isEqualTo(RivXml.LA);
        assertThat(operation.getLocalName()).isEqualTo("ListActiveSickLeavesForCareUnit");
        Element enhet = RivXml.firstChild(operation);
        assertThat(enhet.getNamespaceURI()).isEqualTo(RivXml.LA);
        assertThat(enhet.getLocalName()).isEqualTo("enhets-id");
        Element root = RivXml.firstChild(enhet);
        assertThat(root.getNamespaceURI()).isEqualTo(RivXml.T);
        assertThat(root.getLocalName()).isEqualTo("root");
        assertThat(root.getTextContent()).isEqualTo("1.2.752.129.2.1.4.1");
        assertThat(root.getNextSibling().getLocalName()).isEqualTo("extension");
        assertThat(root.getNextSibling().getTextContent()).isEqualTo(unit.unitId());
        Element days = (Element) enhet.getNextSibling();
        assertThat(days.getNamespaceURI()).isEqualTo(RivXml.LA);
        assertThat(days.getLocalName()).isEqualTo("max-dagar-sedan-avslut");
        assertThat(Integer.parseInt(days.getTextContent())).isBetween(0, 14);
    }

    @Test
    void theRealProducersQuirksAreHandled() throws Exception {
        // hyphenated personnummer, no roots, no top-level vardgivare, vardgivare without name or absent,
        // no befattningar, fractional seconds, a foreign extension element, a sub-unit unknown to Koordinera
        List<RivXml.Cert> certs = new ArrayList<>(certs(2, true));
        RivXml.Cert subUnit = RivXml.cert("feed-" + TestData.unique(), TestData.newPatientId().value(), "TSTMOTTAGNING-" + TestData.unique(),
                unit.regionId(), today.minusDays(3), today.plusDays(3), 25, true);
        certs.add(subUnit);
        BY_UNIT.put(unit.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActive(null, certs)));

        JsonNode result = sync(coordinator, 200);
        assertThat(result.get("rejected").size()).as(result.toString()).isZero();
        assertThat(result.get("created").asInt()).isEqualTo(3);
        JsonNode overview = api.call(coordinator, get("/api/v1/units/" + unit.unitId() + "/sick-leaves"), null, 200);
        assertThat(overview.get("total").asInt()).isEqualTo(3);
        assertThat(jdbc.sql("select care_provider_id from certificate where id = ?").param(certs.get(0).id()).query(String.class).single())
                .isEqualTo(unit.regionId());
        assertThat(jdbc.sql("select care_unit_id from certificate where id = ?").param(subUnit.id()).query(String.class).single())
                .isEqualTo(unit.unitId());
    }

    @Test
    void certificatesBreakingOurRulesAreRejectedAndTheRestIsStored() throws Exception {
        List<RivXml.Cert> good = certs(2, true);
        String pnr = TestData.newPatientId().value();
        RivXml.Cert badDegree = RivXml.cert("feed-bad-" + TestData.unique(), pnr, unit.unitId(), null, today, today.plusDays(5), 30, true);
        String badChecksum = pnr.substring(0, 11) + ((pnr.charAt(11) - '0' + 1) % 10);
        RivXml.Cert badPatient = RivXml.cert("feed-bad-" + TestData.unique(), badChecksum, unit.unitId(), null, today, today.plusDays(5), 50, true);
        TestData.Unit other = data.newUnit();
        RivXml.Cert otherProvider = RivXml.cert("feed-bad-" + TestData.unique(), TestData.newPatientId().value(), unit.unitId(), other.regionId(),
                today, today.plusDays(5), 50, true);
        RivXml.Cert backwards = RivXml.cert("feed-bad-" + TestData.unique(), TestData.newPatientId().value(), unit.unitId(), null,
                today.plusDays(5), today, 50, true);
        List<RivXml.Cert> all = List.of(good.get(0), badDegree, badPatient, good.get(1), otherProvider, backwards);
        BY_UNIT.put(unit.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActive(null, all)));

        JsonNode result = sync(coordinator, 200);
        assertThat(result.get("received").asInt()).isEqualTo(6);
        assertThat(result.get("created").asInt()).isEqualTo(2);
        JsonNode rejected = result.get("rejected");
        assertThat(rejected.size()).isEqualTo(4);
        Map<String, List<String>> fields = new java.util.HashMap<>();
        rejected.forEach(r -> {
            List<String> f = new ArrayList<>();
            r.get("errors").forEach(e -> {
                f.add(e.get("field").asText());
                assertThat(e.get("message").asText()).isNotBlank();
            });
            fields.put(r.get("id").asText(), f);
        });
        assertThat(fields.get(badDegree.id())).contains("periods[0].degree");
        assertThat(fields.get(badPatient.id())).contains("patient.id");
        assertThat(fields.get(otherProvider.id())).contains("careProviderId");
        assertThat(fields.get(backwards.id())).contains("periods[0]");
        assertThat(data.count("select count(*) from certificate where care_unit_id = ?", unit.unitId())).isEqualTo(2);
        assertThat(data.count("select count(*) from certificate where id like 'feed-bad-%' and id = any(?)",
                (Object) new String[] {badDegree.id(), badPatient.id(), otherProvider.id(), backwards.id()})).isZero();
    }

    @Test
    void aLogicalErrorAnswerIsReportedChangesNothingAndDegradesHealth() throws Exception {
        BY_UNIT.put(unit.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActiveError("Unmarshalling Error: unexpected element")));
        JsonNode problem = sync(coordinator, 502);
        assertThat(problem.get("detail").asText()).contains("ERROR").contains("Unmarshalling Error");
        assertThat(requestsFor(unit.unitId())).hasSize(1);
        assertThat(data.count("select count(*) from certificate where care_unit_id = ?", unit.unitId())).isZero();
        assertThat(health.health().getStatus()).isEqualTo(new Status("DEGRADED"));
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);

        // The next good sync stores everything: nothing was lost.
        List<RivXml.Cert> certs = certs(2, true);
        BY_UNIT.put(unit.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActive(null, certs)));
        assertThat(sync(coordinator, 200).get("created").asInt()).isEqualTo(2);
        FeedStatusRepository.UnitStatus status = feed.statuses().stream().filter(s -> s.unitId().equals(unit.unitId())).findFirst().orElseThrow();
        assertThat(status.failing()).isFalse();
        assertThat(status.lastError()).contains("Unmarshalling Error");
    }

    @Test
    void serverFaultsAreRetriedWithBackoffAndThenReported() throws Exception {
        List<RivXml.Cert> certs = certs(1, true);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        BY_UNIT.put(unit.unitId(), r -> calls.incrementAndGet() < 3
                ? new FakeRivProducer.Reply(500, RivXml.fault("soap:Server", "VP009 [NTjP] Fel vid kontakt med tjänsteproducenten"), 0)
                : FakeRivProducer.Reply.ok(RivXml.listActive(null, certs)));
        assertThat(sync(coordinator, 200).get("created").asInt()).isEqualTo(1);
        assertThat(calls.get()).isEqualTo(3);

        BY_UNIT.put(unit.unitId(), r -> new FakeRivProducer.Reply(500, RivXml.fault("soap:Server", "VP009 [NTjP] Fel"), 0));
        int before = requestsFor(unit.unitId()).size();
        JsonNode problem = sync(coordinator, 502);
        assertThat(problem.get("detail").asText()).contains("VP009");
        assertThat(requestsFor(unit.unitId()).size() - before).isEqualTo(3);
    }

    @Test
    void aClientFaultIsNotRetried() throws Exception {
        BY_UNIT.put(unit.unitId(), r -> new FakeRivProducer.Reply(500, RivXml.fault("soap:Client", "VP003 [NTjP] Logisk adressat saknas i anropet"), 0));
        JsonNode problem = sync(coordinator, 502);
        assertThat(problem.get("detail").asText()).contains("VP003");
        assertThat(requestsFor(unit.unitId())).hasSize(1);
    }

    @Test
    void aTimeoutIsRetriedAndReportedAndChangesNothing() throws Exception {
        List<RivXml.Cert> certs = certs(1, true);
        BY_UNIT.put(unit.unitId(), r -> new FakeRivProducer.Reply(200, RivXml.listActive(null, certs), 2_000));
        long start = System.nanoTime();
        JsonNode problem = sync(coordinator, 502);
        assertThat(problem.get("title").asText()).isEqualTo("Intygstjänsten kunde inte användas");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(6_000);
        assertThat(requestsFor(unit.unitId())).hasSize(3);
        assertThat(data.count("select count(*) from certificate where care_unit_id = ?", unit.unitId())).isZero();
    }

    @Test
    void onlyStaffOfTheUnitOrTheRegionsAdministratorMaySync() throws Exception {
        BY_UNIT.put(unit.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActive(null, List.of())));
        TestData.Unit elsewhere = data.newUnit();
        sync(data.coordinator(elsewhere.unitId()), 403);
        TestData.User admin = data.user(Set.of(Role.REGION_ADMIN), "ADMINISTRATOR", List.of(new Assignment(unit.unitId(), Purpose.ADMINISTRATION)));
        assertThat(sync(admin, 200).get("received").asInt()).isZero();
        TestData.User otherAdmin = data.user(Set.of(Role.REGION_ADMIN), "ADMINISTRATOR",
                List.of(new Assignment(elsewhere.unitId(), Purpose.ADMINISTRATION)));
        sync(otherAdmin, 403);
    }

    @Test
    void oneFailingUnitDoesNotStopTheOthers() throws Exception {
        TestData.Unit failing = data.newUnit();
        BY_UNIT.put(failing.unitId(), r -> new FakeRivProducer.Reply(500, RivXml.fault("soap:Client", "VP004 [NTjP] Vägval saknas"), 0));
        List<RivXml.Cert> certs = certs(2, true);
        BY_UNIT.put(unit.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActive(null, certs)));
        feed.syncAll(List.of(failing.unitId(), unit.unitId()), true);
        assertThat(data.count("select count(*) from certificate where care_unit_id = ?", unit.unitId())).isEqualTo(2);
        var statuses = feed.statuses();
        assertThat(statuses.stream().filter(s -> s.unitId().equals(failing.unitId())).findFirst().orElseThrow().failing()).isTrue();
        assertThat(statuses.stream().filter(s -> s.unitId().equals(unit.unitId())).findFirst().orElseThrow().failing()).isFalse();
    }

    @Test
    void thePersonHistoryShowsOnlyTheUsersCareProviderAndIsLogged() throws Exception {
        String pnr = TestData.newPatientId().value();
        TestData.Unit sibling = data.siblingUnit(unit);
        TestData.Unit otherProvider = data.newUnit();
        RivXml.Cert mine = RivXml.cert("hist-" + TestData.unique(), pnr, unit.unitId(), unit.regionId(), today.minusDays(100), today.minusDays(80), 100, true);
        // no vardgivare on the certificate: attributed through the unit, a unit of the same provider
        RivXml.Cert siblings = RivXml.cert("hist-" + TestData.unique(), pnr, sibling.unitId(), null, today.minusDays(60), today.minusDays(40), 50, true);
        RivXml.Cert theirs = RivXml.cert("hist-" + TestData.unique(), pnr, otherProvider.unitId(), otherProvider.regionId(), today.minusDays(30), today, 50, true);
        RivXml.Cert unknown = RivXml.cert("hist-" + TestData.unique(), pnr, "TSTOKAND-1", null, today.minusDays(20), today, 25, true);
        BY_PERSON.put(pnr, r -> FakeRivProducer.Reply.ok(RivXml.listPerson(List.of(mine, theirs, siblings, unknown))));

        JsonNode history = api.call(coordinator, get("/api/v1/patients/" + pnr + "/certificate-history?unit=" + unit.unitId()), null, 200);
        List<String> ids = new ArrayList<>();
        history.get("certificates").forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids).containsExactly(siblings.id(), mine.id());
        assertThat(data.count("select count(*) from access_log where patient_id = ? and unit_id = ? and function = 'intygshistorik från Intygstjänsten'",
                pnr, unit.unitId())).isEqualTo(1);

        FakeRivProducer.Request request = INTYGSTJANST.requests.stream().filter(r -> r.body().contains(pnr)).reduce((a, b) -> b).orElseThrow();
        assertThat(request.header("SOAPAction"))
                .isEqualTo("\"urn:riv:clinicalprocess:healthcond:rehabilitation:ListSickLeavesForPersonResponder:1:ListSickLeavesForPerson\"");
        Document doc = RivXml.parse(request.body());
        Element op = RivXml.firstChild((Element) doc.getElementsByTagNameNS(RivXml.SOAP, "Body").item(0));
        assertThat(op.getNamespaceURI()).isEqualTo(RivXml.LP);
        Element personId = RivXml.firstChild(op);
        assertThat(personId.getLocalName()).isEqualTo("person-id");
        assertThat(personId.getNamespaceURI()).isEqualTo(RivXml.LP);
        assertThat(RivXml.text(doc, RivXml.T, "root")).isEqualTo("1.2.752.129.2.1.3.1");
        assertThat(RivXml.text(doc, RivXml.T, "extension")).isEqualTo(pnr);

        // The patient page offers it; the history page shows the same certificates.
        var page = mvc.perform(get("/patient/" + references.of(pnr) + "/intygstjansten").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(new se.koordinera.access.LocalUserDetails(coordinator.username(), "x", coordinator.user()))))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains(mine.id()).contains(siblings.id())
                .doesNotContain(theirs.id()).doesNotContain(unknown.id());
        // a user without an assignment for the unit gets nothing
        api.call(data.coordinator(otherProvider.unitId()), get("/api/v1/patients/" + pnr + "/certificate-history?unit=" + unit.unitId()), null, 403);
    }

    @Test
    void aPersonHistoryErrorIsReportedInSwedish() throws Exception {
        String pnr = TestData.newPatientId().value();
        BY_PERSON.put(pnr, r -> FakeRivProducer.Reply.ok(RivXml.listPersonError("Could not parse passed personnummer")));
        JsonNode problem = api.call(coordinator, get("/api/v1/patients/" + pnr + "/certificate-history?unit=" + unit.unitId()), null, 502);
        assertThat(problem.get("detail").asText()).contains("Could not parse passed personnummer");
        var page = mvc.perform(get("/patient/" + references.of(pnr) + "/intygstjansten").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(new se.koordinera.access.LocalUserDetails(coordinator.username(), "x", coordinator.user()))))
                .andReturn().getResponse();
        assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Intygshistoriken kunde inte hämtas just nu");
    }

    @Test
    void theRegionAdministratorSeesEachUnitsLastSuccessAndLastError() throws Exception {
        TestData.Unit sibling = data.siblingUnit(unit);
        BY_UNIT.put(unit.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActive(null, List.of())));
        BY_UNIT.put(sibling.unitId(), r -> FakeRivProducer.Reply.ok(RivXml.listActiveError("Tjänsten är tillfälligt otillgänglig")));
        feed.syncAll(List.of(unit.unitId(), sibling.unitId()), false);
        TestData.User admin = data.user(Set.of(Role.REGION_ADMIN), "ADMINISTRATOR", List.of(new Assignment(unit.unitId(), Purpose.ADMINISTRATION)));
        var page = mvc.perform(get("/region/integrationer").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(new se.koordinera.access.LocalUserDetails(admin.username(), "x", admin.user()))))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("feed-" + unit.unitId()).contains("feed-" + sibling.unitId()).contains("Tjänsten är tillfälligt otillgänglig")
                .contains("0 mottagna");
        var denied = mvc.perform(get("/region/integrationer").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(new se.koordinera.access.LocalUserDetails(coordinator.username(), "x", coordinator.user()))))
                .andReturn().getResponse();
        assertThat(denied.getStatus()).isEqualTo(403);
    }
}
