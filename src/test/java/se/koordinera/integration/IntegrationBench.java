package se.koordinera.integration;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.koordinera.KoordineraApplication;
import se.koordinera.patient.Personnummer;
import se.koordinera.region.CareUnit;
import se.koordinera.region.Region;
import se.koordinera.region.RegionService;

/**
 * Benchmark of the national integrations against in-JVM producers (not a test):
 * <ol>
 * <li>a certificate-feed sync of one unit with 2 000 active cases (8 000 certificates, 4 per patient)
 *     from ListActiveSickLeavesForCareUnit: first sync (all created) and repeated syncs (all unchanged);</li>
 * <li>the StoreLog sender draining an outbox of N posts in batches of 500 (posts per second);</li>
 * <li>the sender's lag: posts written steadily ({@code bench.rate} per second) while the sender runs on its
 *     schedule ({@code bench.interval}), the oldest unsent post's age sampled every 200 ms.</li>
 * </ol>
 * Runs the real application (profile demo, a fresh embedded PostgreSQL in target/bench-integration-data-<time>, no demo seed).
 * Usage: {@code ./mvnw -Pbench test-compile exec:exec@integration [-Dbench.posts=50000] [-Dbench.rounds=5]
 *     [-Dbench.interval=10s] [-Dbench.rate=2000] [-Dbench.lagSeconds=60]}
 */
public final class IntegrationBench {

    public static void main(String[] args) throws Exception {
        int posts = Integer.getInteger("bench.posts", 50_000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        try (FakeRivProducer intyg = FakeRivProducer.http(); FakeRivProducer logg = FakeRivProducer.http()) {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(KoordineraApplication.class, TestSupportBeans.class).profiles("demo")
                    .run("--server.port=0", "--koordinera.demo.seed=false",
                            // command-line arguments: they take precedence over application.properties
                            "--koordinera.database.embedded.data-dir=target/bench-integration-data-" + System.currentTimeMillis(),
                            "--koordinera.database.embedded.clean=true",
                            "--KOORDINERA_INTYGSTJANST_UNIT_URL=" + intyg.url("/list-active"),
                            "--KOORDINERA_LOGGTJANST_URL=" + logg.url("/storelog"),
                            "--KOORDINERA_FEED_INTERVAL=0", "--KOORDINERA_LOGGTJANST_INTERVAL=0",
                            "--KOORDINERA_RIV_RECEIVE_TIMEOUT=120s", "--logging.level.se.koordinera=WARN");
            try {
                RegionService regions = app.getBean(RegionService.class);
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                regions.saveRegion(new Region("BENCHREG", "Benchregionen", true));
                regions.saveUnit(new CareUnit("BENCHUNIT", "BENCHREG", "Benchenheten", null, null));
                regions.saveUnit(new CareUnit("BENCHWARM", "BENCHREG", "Uppvärmningsenheten", null, null));

                // 1. The sync: 2 000 patients with 4 consecutive certificates each, the last one active today.
                LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
                List<RivXml.Cert> certs = new ArrayList<>(8_000);
                for (int p = 0; p < 2_000; p++) {
                    String pnr = Personnummer.of(LocalDate.of(1950 + p % 50, 1 + p % 12, 1 + p % 28), p % 1000, false).value();
                    for (int c = 0; c < 4; c++) {
                        LocalDate from = today.minusDays(120 - 30L * c);
                        certs.add(new RivXml.Cert("bench-" + p + "-" + c, pnr, "Patient " + p, "BENCHDOC" + (p % 40), "BENCHUNIT", null,
                                "F438A", List.<String[]>of(new String[] {from.toString(), from.plusDays(29).toString(), String.valueOf(c % 2 == 0 ? 100 : 50)}), true));
                    }
                }
                String answer = RivXml.listActive(null, certs);
                // A warm-up sync of another unit (other certificate ids), so that sync 1 below is a first sync of a warm JVM.
                String warm = answer.replace(">bench-", ">warm-").replace(">BENCHUNIT<", ">BENCHWARM<");
                intyg.handler = r -> FakeRivProducer.Reply.ok(r.body().contains("BENCHWARM") ? warm : answer);
                long w = System.nanoTime();
                String warmResult = CertificateFeedService.summary(app.getBean(CertificateFeedService.class).sync("BENCHWARM", null));
                System.out.printf("warm-up sync of another unit: %.0f ms (%s)%n", (System.nanoTime() - w) / 1e6, warmResult);
                System.out.printf("ListActiveSickLeavesForCareUnit answer: %d certificates, %.1f MB%n", certs.size(), answer.length() / 1e6);
                CertificateFeedService feed = app.getBean(CertificateFeedService.class);
                double[] times = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    CertificateFeedService.SyncResult result = feed.sync("BENCHUNIT", null);
                    times[i] = (System.nanoTime() - start) / 1e6;
                    System.out.printf("sync %d: %.0f ms (%s)%n", i + 1, times[i], CertificateFeedService.summary(result));
                }
                System.out.printf("SYNC first (all created) %.0f ms; repeated (all unchanged) median %.0f ms%n", times[0],
                        median(Arrays.copyOfRange(times, 1, times.length)));

                // 2. The sender: posts per second draining an outbox of `posts` rows.
                logg.handler = r -> FakeRivProducer.Reply.ok(RivXml.storeLogResult("OK", null));
                LoggtjanstSender sender = app.getBean(LoggtjanstSender.class);
                sender.drain(); // the warm-up sync's posts also warm the sender up
                jdbc.sql("""
                        insert into access_log (user_hsa_id, user_name, assignment, unit_id, patient_id, function, action)
                        select 'BENCHUSER', 'Bench Användare', 'Vård och behandling', 'BENCHUNIT', '191212121212', 'sjukfallsöversikt', 'READ'
                        from generate_series(1, ?)""").param(posts).update();
                logg.requests.clear();
                long start = System.nanoTime();
                int sent = sender.drain();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("SENDER %d posts in %.2f s: %.0f posts/s (%d StoreLog calls)%n", sent, seconds, sent / seconds, logg.requests.size());

                // 3. The lag: posts arrive steadily while the sender runs on its schedule (the production PeriodicTask);
                // the oldest unsent post's age is sampled in PostgreSQL every 200 ms.
                lag(jdbc, sender, Duration.parse("PT" + System.getProperty("bench.interval", "10s")),
                        Integer.getInteger("bench.rate", 2_000), Integer.getInteger("bench.lagSeconds", 60));
            } finally {
                app.close();
            }
        }
    }

    private static void lag(JdbcClient jdbc, LoggtjanstSender sender, Duration interval, int perSecond, int seconds) throws Exception {
        PeriodicTask schedule = new PeriodicTask("bench-loggtjanst-sender") {
            @Override
            boolean configured() {
                return true;
            }

            @Override
            Duration interval() {
                return interval;
            }

            @Override
            void round() {
                sender.drain();
            }
        };
        ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
        AtomicLong maxLagMillis = new AtomicLong();
        int perTick = perSecond / 10;
        schedule.start();
        long start = System.nanoTime();
        load.scheduleAtFixedRate(() -> jdbc.sql("""
                insert into access_log (user_hsa_id, user_name, assignment, unit_id, patient_id, function, action)
                select 'BENCHUSER', 'Bench Användare', 'Vård och behandling', 'BENCHUNIT', '191212121212', 'sjukfallsöversikt', 'READ'
                from generate_series(1, ?)""").param(perTick).update(), 0, 100, TimeUnit.MILLISECONDS);
        load.scheduleAtFixedRate(() -> {
            Long age = jdbc.sql("select (extract(epoch from now() - min(time)) * 1000)::bigint from loggtjanst_outbox where state = 'PENDING'")
                    .query(Long.class).single();
            if (age != null) {
                maxLagMillis.accumulateAndGet(age, Math::max);
            }
        }, 50, 200, TimeUnit.MILLISECONDS);
        Thread.sleep(seconds * 1000L);
        load.shutdownNow();
        load.awaitTermination(10, TimeUnit.SECONDS);
        long inserted = jdbc.sql("select count(*) from access_log where user_hsa_id = 'BENCHUSER'").query(Long.class).single();
        // the last posts go with the next round
        long deadline = System.nanoTime() + 3 * interval.toNanos();
        while (System.nanoTime() < deadline
                && jdbc.sql("select count(*) from loggtjanst_outbox where state = 'PENDING'").query(Long.class).single() > 0) {
            Thread.sleep(100);
        }
        schedule.stop();
        long left = jdbc.sql("select count(*) from loggtjanst_outbox where state = 'PENDING'").query(Long.class).single();
        System.out.printf("LAG interval %d s, inflow %d posts/s for %d s (%.0f s measured): oldest unsent post at most %.1f s old"
                        + " (target <= %d s), %d posts left after the last round%n",
                interval.toSeconds(), perSecond, seconds, (System.nanoTime() - start) / 1e9, maxLagMillis.get() / 1000.0,
                2 * interval.toSeconds(), left);
        if (inserted == 0) {
            throw new IllegalStateException("no posts were written");
        }
    }

    /** The test sources' helper components (on this class path, found by the scan) need a MockMvc. */
    static class TestSupportBeans {
        @org.springframework.context.annotation.Bean
        org.springframework.test.web.servlet.MockMvc mockMvc(org.springframework.web.context.WebApplicationContext context) {
            return org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context).build();
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }
}
