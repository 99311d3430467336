package se.koordinera.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.koordinera.patient.Personnummer;
import se.koordinera.region.RegionService;
import se.koordinera.support.ApiClient;
import se.koordinera.support.IntegrationTest;
import se.koordinera.support.TestData;

/** The PDL outbox and its sender against an in-JVM StoreLog producer on one real PostgreSQL. */
@IntegrationTest
class LoggtjanstOutboxIT extends RivProducers {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestData data;
    @Autowired ApiClient api;
    @Autowired LoggtjanstSender sender;
    @Autowired LoggtjanstOutbox outbox;
    @Autowired LoggtjanstHealthIndicator health;
    @Autowired MeterRegistry meters;
    @Autowired RegionService regions;
    @Autowired RivClientFactory factory;
    @Autowired IntegrationSettings settings;
    @Autowired DataSource dataSource;

    TestData.Unit unit;
    Personnummer patient;
    final List<String> received = new CopyOnWriteArrayList<>();
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from loggtjanst_outbox").update();
        unit = data.newUnit();
        patient = TestData.newPatientId();
        LOGGTJANST.requests.clear();
        answer(body -> RivXml.storeLogResult("OK", null));
    }

    @AfterEach
    void reset() {
        answer(body -> RivXml.storeLogResult("OK", null));
    }

    void answer(java.util.function.Function<String, String> reply) {
        LOGGTJANST.handler = request -> {
            List<String> ids = StoreLogRequests.logIdsFast(request.body());
            String body = reply.apply(request.body());
            if (body.contains("<lg:resultCode>OK<") || body.contains("<lg:resultCode>INFO<")) {
                received.addAll(ids);
            }
            batchSizes.add(ids.size());
            return FakeRivProducer.Reply.ok(body);
        };
    }

    void writeAccessLog(int n) {
        jdbc.sql("""
                insert into access_log (user_hsa_id, user_name, assignment, unit_id, patient_id, function, action)
                select 'TSTNMT-U1', 'Karin Koordinator', 'Vård och behandling', ?, ?, 'sjukfallsöversikt', 'READ' from generate_series(1, ?)""")
                .params(unit.unitId(), patient.value(), n).update();
    }

    long pending() {
        return jdbc.sql("select count(*) from loggtjanst_outbox where state = 'PENDING'").query(Long.class).single();
    }

    List<String> outboxLogIds() {
        return jdbc.sql("select log_id::text from loggtjanst_outbox order by id").query(String.class).list();
    }

    @Test
    void everyAccessLogRowGetsAnOutboxRowInTheSameTransaction() throws Exception {
        TestData.User coordinator = data.coordinator(unit.unitId());
        api.call(coordinator, post("/api/v1/certificates"), List.of(TestData.certificate("ob-" + TestData.unique(), patient, "Tolvan Tolvansson",
                unit, "DOC1", "F43.8A", TestData.period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20), 100))), 200);
        api.call(coordinator, get("/api/v1/patients/" + patient.value() + "/sick-leaves?unit=" + unit.unitId()), null, 200);
        List<Long> logRows = jdbc.sql("select id from access_log where unit_id = ? order by id").param(unit.unitId()).query(Long.class).list();
        List<Long> outboxRows = jdbc.sql("select access_log_id from loggtjanst_outbox where unit_id = ? order by access_log_id")
                .param(unit.unitId()).query(Long.class).list();
        assertThat(logRows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(outboxRows).isEqualTo(logRows);

        // A transaction that fails writes neither.
        try {
            transactions.executeWithoutResult(s -> {
                writeAccessLog(3);
                throw new IllegalStateException("rollback");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(jdbc.sql("select count(*) from loggtjanst_outbox where unit_id = ?").param(unit.unitId()).query(Long.class).single())
                .isEqualTo(logRows.size());
    }

    @Test
    void postsFollowTheContractAndLeaveTheOutboxWhenAccepted() {
        writeAccessLog(2);
        List<String> ids = outboxLogIds();
        assertThat(sender.drain()).isEqualTo(2);
        assertThat(pending()).isZero();
        FakeRivProducer.Request request = LOGGTJANST.requests.get(0);
        assertThat(request.path()).isEqualTo("/informationsecurity/auditing/log/StoreLog/v2/rivtabp21");
        assertThat(request.header("SOAPAction")).isEqualTo("\"urn:riv:informationsecurity:auditing:log:StoreLogResponder:2:StoreLog\"");
        Document doc = RivXml.parse(request.body());
        Element header = (Element) doc.getElementsByTagNameNS(RivXml.SOAP, "Header").item(0);
        assertThat(RivXml.firstChild(header).getNamespaceURI()).isEqualTo(RivXml.ITR);
        assertThat(RivXml.firstChild(header).getTextContent()).isEqualTo("SE165565594230-1000");
        Element storeLog = RivXml.firstChild((Element) doc.getElementsByTagNameNS(RivXml.SOAP, "Body").item(0));
        assertThat(storeLog.getNamespaceURI()).isEqualTo(RivXml.SL);
        assertThat(storeLog.getLocalName()).isEqualTo("StoreLog");
        Element log = RivXml.firstChild(storeLog);
        assertThat(log.getNamespaceURI()).isEqualTo(RivXml.SL);
        assertThat(log.getLocalName()).isEqualTo("log");
        List<String> order = new ArrayList<>();
        for (Element e = RivXml.firstChild(log); e != null; e = next(e)) {
            assertThat(e.getNamespaceURI()).isEqualTo(RivXml.LG);
            order.add(e.getLocalName());
        }
        assertThat(order).containsExactly("logId", "system", "activity", "user", "resources");
        assertThat(StoreLogRequests.logIds(request.body())).containsExactlyElementsOf(ids);
        assertThat(RivXml.text(doc, RivXml.LG, "systemId")).isEqualTo(SYSTEM_HSA_ID);
        assertThat(RivXml.text(doc, RivXml.LG, "activityType")).isEqualTo("Läsa");
        assertThat(RivXml.text(doc, RivXml.LG, "purpose")).isEqualTo("Vård och behandling");
        assertThat(RivXml.text(doc, RivXml.LG, "startDate")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(RivXml.text(doc, RivXml.LG, "userId")).isEqualTo("TSTNMT-U1");
        assertThat(RivXml.text(doc, RivXml.LG, "careProviderId")).isEqualTo(unit.regionId());
        assertThat(RivXml.text(doc, RivXml.LG, "careUnitId")).isEqualTo(unit.unitId());
        assertThat(RivXml.text(doc, RivXml.LG, "resourceType")).isEqualTo("sjukfallsöversikt");
        assertThat(RivXml.text(doc, RivXml.LG, "root")).isEqualTo("1.2.752.129.2.1.3.1");
        assertThat(RivXml.text(doc, RivXml.LG, "extension")).isEqualTo(patient.value());
    }

    private static Element next(Element e) {
        for (var n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                return el;
            }
        }
        return null;
    }

    @Test
    void batchesHoldAtMost500Posts() {
        writeAccessLog(1_201);
        assertThat(sender.drain()).isEqualTo(1_201);
        assertThat(batchSizes).containsExactly(500, 500, 201);
        assertThat(received).hasSize(1_201).doesNotHaveDuplicates();
    }

    @Test
    void faultsTimeoutsAndAnswersWithoutResultAreRetriedWithTheSameLogIds() throws Exception {
        writeAccessLog(3);
        List<String> ids = outboxLogIds();
        LOGGTJANST.handler = r -> new FakeRivProducer.Reply(500, RivXml.fault("soap:Server", "VP009 [NTjP] Fel"), 0);
        assertThat(sender.sendBatch()).isEqualTo(-1);
        LOGGTJANST.handler = r -> new FakeRivProducer.Reply(200, RivXml.storeLogResult("OK", null), 2_000);
        waitUntilDue();
        assertThat(sender.sendBatch()).isEqualTo(-1);
        // a result in the wrong namespace unmarshals as null: never success
        LOGGTJANST.handler = r -> FakeRivProducer.Reply.ok(RivXml.storeLogResult("OK", null).replace("<sl:result>", "<lg:result>").replace("</sl:result>", "</lg:result>"));
        waitUntilDue();
        assertThat(sender.sendBatch()).isEqualTo(-1);
        assertThat(pending()).isEqualTo(3);
        assertThat(jdbc.sql("select min(attempts) from loggtjanst_outbox").query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select bool_and(next_attempt_at > now()) from loggtjanst_outbox").query(Boolean.class).single()).isTrue();

        answer(body -> RivXml.storeLogResult("OK", null));
        waitUntilDue();
        assertThat(sender.drain()).isEqualTo(3);
        assertThat(received).containsExactlyElementsOf(ids);
        for (FakeRivProducer.Request r : LOGGTJANST.requests) {
            assertThat(StoreLogRequests.logIds(r.body())).containsExactlyElementsOf(ids);
        }
    }

    void waitUntilDue() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (jdbc.sql("select count(*) from loggtjanst_outbox where state = 'PENDING' and next_attempt_at > now()").query(Long.class).single() > 0) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void refusedPostsAreParkedAndListedOnlyTheBadOneStaysBehind() {
        writeAccessLog(5);
        String bad = outboxLogIds().get(2);
        answer(body -> body.contains(bad) ? RivXml.storeLogResult("VALIDATION_ERROR", "logId finns redan") : RivXml.storeLogResult("OK", null));
        sender.drain();
        assertThat(received).hasSize(4).doesNotContain(bad);
        List<LoggtjanstOutbox.Parked> parked = outbox.parked(10);
        assertThat(parked).extracting(p -> p.logId().toString()).containsExactly(bad);
        assertThat(parked.get(0).error()).contains("VALIDATION_ERROR").contains("logId finns redan");
        assertThat(pending()).isZero();
        assertThat(health.health().getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(health.health().getDetails()).containsEntry("parkedPosts", 1L);
    }

    @Test
    void theOldestUnsentPostsAgeIsAGaugeAndAHealthDetail() throws Exception {
        writeAccessLog(1);
        jdbc.sql("update loggtjanst_outbox set time = now() - interval '10 minutes'").update();
        double gauge = meters.get("koordinera.loggtjanst.oldest.unsent.age").gauge().value();
        assertThat(gauge).isBetween(595.0, 700.0);
        assertThat(health.health().getDetails().get("oldestUnsentAgeSeconds")).isInstanceOf(Long.class);
        assertThat((Long) health.health().getDetails().get("oldestUnsentAgeSeconds")).isGreaterThanOrEqualTo(595L);
        sender.drain();
        assertThat(meters.get("koordinera.loggtjanst.oldest.unsent.age").gauge().value()).isZero();
    }

    @Test
    void twoSendersOnOneDatabaseSendEachPostOnce() throws Exception {
        writeAccessLog(2_000);
        List<String> ids = outboxLogIds();
        Map<String, Integer> seenBy = new ConcurrentHashMap<>();
        LOGGTJANST.handler = request -> {
            for (String id : StoreLogRequests.logIdsFast(request.body())) {
                seenBy.merge(id, 1, Integer::sum);
            }
            return new FakeRivProducer.Reply(200, RivXml.storeLogResult("OK", null), 30);
        };
        // A second node: its own sender on the same database.
        LoggtjanstSender other = new LoggtjanstSender(outbox, transactions, regions, factory, settings);
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Thread t1 = new Thread(() -> { await(go); a.set(sender.drain()); });
        Thread t2 = new Thread(() -> { await(go); b.set(other.drain()); });
        t1.start();
        t2.start();
        go.countDown();
        t1.join(60_000);
        t2.join(60_000);
        assertThat(a.get() + b.get()).isEqualTo(2_000);
        assertThat(a.get()).isPositive();
        assertThat(b.get()).isPositive();
        assertThat(seenBy.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(seenBy.values()).allMatch(n -> n == 1);
        assertThat(pending()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theOutboxSurvivesKillMinus9AndIsSentAfterTheRestart() throws Exception {
        CountDownLatch callStarted = new CountDownLatch(1);
        LOGGTJANST.handler = request -> {
            callStarted.countDown();
            return new FakeRivProducer.Reply(200, RivXml.storeLogResult("OK", null), 30_000); // hangs until killed
        };
        HikariDataSource ds = dataSource.unwrap(HikariDataSource.class);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), OutboxChild.class.getName(),
                ds.getJdbcUrl(), ds.getUsername(), ds.getPassword() == null ? "" : ds.getPassword(),
                LOGGTJANST.url("/informationsecurity/auditing/log/StoreLog/v2/rivtabp21"), unit.unitId(), patient.value(), "120")
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                r.lines().forEach(output::add);
            } catch (java.io.IOException ignored) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(callStarted.await(90, TimeUnit.SECONDS)).as(String.join("\n", output)).isTrue();
            assertThat(output).contains("WRITTEN");
            // kill -9 in the middle of the call, holding the batch's row locks
            new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isEqualTo(137);
        } finally {
            child.destroyForcibly();
        }
        assertThat(output).doesNotContain("DRAINED");
        List<String> ids = jdbc.sql("select log_id::text from loggtjanst_outbox where unit_id = ? order by id").param(unit.unitId())
                .query(String.class).list();
        assertThat(ids).hasSize(120);

        // The restarted node sends them all (the locks died with the killed process's connection).
        answer(body -> RivXml.storeLogResult("OK", null));
        long deadline = System.currentTimeMillis() + 30_000;
        while (received.size() < 120 && System.currentTimeMillis() < deadline) {
            sender.drain();
            Thread.sleep(100);
        }
        assertThat(received).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(pending()).isZero();
    }

}
