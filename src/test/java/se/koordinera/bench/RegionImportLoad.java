package se.koordinera.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.koordinera.demo.BenchmarkData;
import se.koordinera.demo.DemoData;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.Period;
import se.koordinera.sickleave.synthetic.Doctor;
import se.koordinera.sickleave.synthetic.GeneratedCertificate;
import se.koordinera.sickleave.synthetic.SyntheticCertificates;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Region-scale load (issue 13): {@code total} synthetic certificates spread evenly over the
 * benchmark region's units (profile demo,bench: {@link BenchmarkData#regionUnitIds}), sent to
 * POST /api/v1/certificates as user region.bench in batches of {@code batch} with {@code clients}
 * concurrent requests.
 *
 * <p>The request bodies are generated and serialised before the clock starts: the figure is the
 * server's rate (HTTP, JSON parsing, validation, PostgreSQL, the PDL log), not this generator's,
 * which shares the machine's two cores. Each client imports its own share of the units (unit i
 * goes to client i mod clients), as the certificate feed syncs unit by unit: the imports of one
 * unit follow each other, as they must (each advances the unit's version stamp in its transaction).
 *
 * <p>Prints one line per batch, then {@code median NNNNN /s} (per request, batch size over its
 * response time) and {@code overall NNNNN /s} (certificates over the wall time of the whole load).
 * Usage: RegionImportLoad baseUrl [total=1000000] [units=250] [clients=2] [batch=10000]
 */
public final class RegionImportLoad {

    private static final List<Doctor> DOCTORS = List.of(new Doctor("TSTNMT2321000156-D201", "Rita Region"),
            new Doctor("TSTNMT2321000156-D202", "Rolf Region"), new Doctor("TSTNMT2321000156-D203", "Ronja Region"));

    record Batch(int client, int size, byte[] body) {
    }

    record Sent(Batch batch, double seconds, String answer) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int unitCount = args.length > 2 ? Integer.parseInt(args[2]) : 250;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int batchSize = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        List<String> units = BenchmarkData.regionUnitIds(unitCount);
        String auth = "Basic " + Base64.getEncoder().encodeToString((BenchmarkData.REGION_USERNAME + ":demo")
                .getBytes(StandardCharsets.UTF_8));

        long prepareStart = System.nanoTime();
        List<List<Batch>> perClient = prepare(total, units, clients, batchSize);
        System.out.printf("prepared %d certificates for %d units in %d batches (%d clients) in %.1f s%n", total, unitCount,
                perClient.stream().mapToInt(List::size).sum(), clients, (System.nanoTime() - prepareStart) / 1e9);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (List<Batch> batches : perClient) {
            running.add(pool.submit(() -> {
                for (Batch b : batches) {
                    sent.add(send(http, base, auth, b));
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        List<Double> rates = sent.stream().map(s -> s.batch().size() / s.seconds()).sorted().toList();
        int certificates = sent.stream().mapToInt(s -> s.batch().size()).sum();
        System.out.printf("import: %d certificates in %d requests of up to %d, %d clients, %.1f s%n", certificates, sent.size(),
                batchSize, clients, wall);
        System.out.printf("median %.0f /s (per request; min %.0f, max %.0f)%n", rates.get(rates.size() / 2), rates.get(0),
                rates.get(rates.size() - 1));
        System.out.printf("overall %.0f /s%n", certificates / wall);
    }

    private static Sent send(HttpClient http, String base, String auth, Batch b) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/certificates"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(b.body())).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - t) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import failed: " + response.statusCode() + " " + response.body());
        }
        System.out.printf("client %d: batch of %d: %.2f s, %.0f certificates/s (%s)%n", b.client(), b.size(), seconds, b.size() / seconds,
                response.body());
        return new Sent(b, seconds, response.body());
    }

    /** Every unit gets total/units certificates (the first total % units one more); client i sends units i, i+clients, ... */
    private static List<List<Batch>> prepare(int total, List<String> units, int clients, int batchSize) {
        JsonMapper json = JsonMapper.builder().build();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        LocalDate today = LocalDate.now();
        // The generator draws names per unit, so a personnummer drawn at two units would get two names: a
        // real region sends one person's one name (else every such import is a rename that advances the
        // provider's stamp, which no real feed does on this scale).
        Map<String, GeneratedCertificate> firstSeen = new HashMap<>();
        List<List<Batch>> perClient = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            List<Batch> batches = new ArrayList<>();
            List<GeneratedCertificate> pending = new ArrayList<>(batchSize);
            for (int u = client; u < units.size(); u += clients) {
                int share = total / units.size() + (u < total % units.size() ? 1 : 0);
                // About 3.5 certificates per patient: ask for enough patients, take exactly the unit's share.
                Iterator<GeneratedCertificate> source = new SyntheticCertificates(u + 1L)
                        .stream(DemoData.VGR, units.get(u), DOCTORS, share / 2 + 10, today).iterator();
                for (int n = 0; n < share; n++) {
                    GeneratedCertificate g = source.next();
                    GeneratedCertificate first = firstSeen.computeIfAbsent(g.facts().patientId(), id -> g);
                    pending.add(new GeneratedCertificate(g.facts(), first.patientName(), first.protectedIdentity(), g.careProviderId()));
                    if (pending.size() == batchSize) {
                        batches.add(new Batch(client, pending.size(), body(json, pending, runId)));
                        pending.clear();
                    }
                }
            }
            if (!pending.isEmpty()) {
                batches.add(new Batch(client, pending.size(), body(json, pending, runId)));
            }
            perClient.add(batches);
        }
        return perClient;
    }

    /** The API's JSON (API.md), written by Jackson's streaming generator: a million maps would cost more than the import. */
    private static byte[] body(JsonMapper json, List<GeneratedCertificate> batch, String runId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(batch.size() * 500);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartArray();
            for (GeneratedCertificate c : batch) {
                CertificateFacts f = c.facts();
                g.writeStartObject();
                g.writeStringProperty("id", "region-" + runId + "-" + f.unitId().substring(f.unitId().length() - 4) + "-" + f.id());
                g.writeName("patient");
                g.writeStartObject();
                g.writeStringProperty("id", f.patientId());
                g.writeStringProperty("name", c.patientName());
                g.writeBooleanProperty("protectedIdentity", c.protectedIdentity());
                g.writeEndObject();
                g.writeStringProperty("careProviderId", c.careProviderId());
                g.writeStringProperty("careUnitId", f.unitId());
                g.writeName("doctor");
                g.writeStartObject();
                g.writeStringProperty("id", f.doctorId());
                g.writeStringProperty("name", f.doctorName());
                g.writeEndObject();
                g.writeStringProperty("signed", f.signed().toString());
                g.writeName("diagnosis");
                g.writeStartObject();
                g.writeStringProperty("code", f.diagnosisCode());
                g.writeStringProperty("text", f.diagnosisText());
                g.writeEndObject();
                g.writeName("secondaryDiagnoses");
                g.writeStartArray();
                for (String code : f.secondaryDiagnosisCodes()) {
                    g.writeStartObject();
                    g.writeStringProperty("code", code);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringProperty("occupation", f.occupation());
                g.writeName("periods");
                g.writeStartArray();
                for (Period p : f.periods()) {
                    g.writeStartObject();
                    g.writeStringProperty("from", p.from().toString());
                    g.writeStringProperty("to", p.to().toString());
                    g.writeNumberProperty("degree", p.degree());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return out.toByteArray();
    }
}
