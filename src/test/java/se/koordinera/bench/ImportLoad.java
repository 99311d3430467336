package se.koordinera.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.koordinera.sickleave.engine.Period;
import se.koordinera.sickleave.synthetic.Doctor;
import se.koordinera.sickleave.synthetic.GeneratedCertificate;
import se.koordinera.sickleave.synthetic.SyntheticCertificates;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load generator for POST /api/v1/certificates against a running app (profile demo,bench):
 * sends synthetic certificates in batches of 10 000 and reports certificates per second per
 * batch (server time as seen by the client, including JSON, validation, PostgreSQL and the PDL log).
 * Usage: ImportLoad baseUrl totalCertificates
 */
public final class ImportLoad {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String unit = "TSTNMT2321000156-1098";
        String auth = "Basic " + Base64.getEncoder().encodeToString("bench.vgr:demo".getBytes(StandardCharsets.UTF_8));
        JsonMapper json = JsonMapper.builder().build();
        HttpClient http = HttpClient.newHttpClient();
        Iterator<GeneratedCertificate> source = new SyntheticCertificates(System.nanoTime())
                .stream("TSTNMT2321000156-1000", unit, List.of(new Doctor("TSTNMT2321000156-D095", "Imp Ort")), total, LocalDate.now())
                .iterator();
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<Double> rates = new ArrayList<>();
        int sent = 0;
        while (sent < total && source.hasNext()) {
            List<Map<String, Object>> batch = new ArrayList<>();
            while (batch.size() < 10_000 && source.hasNext() && sent + batch.size() < total) {
                batch.add(toJson(source.next(), runId));
            }
            byte[] body = json.writeValueAsBytes(batch);
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/certificates"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Import failed: " + response.statusCode() + " " + response.body());
            }
            rates.add(batch.size() / seconds);
            sent += batch.size();
            System.out.printf("batch of %d: %.2f s, %.0f certificates/s (%s)%n", batch.size(), seconds, batch.size() / seconds, response.body());
        }
        List<Double> sorted = rates.stream().sorted().toList();
        System.out.printf("import: %d certificates in %d batches, median %.0f certificates/s, min %.0f, max %.0f%n",
                sent, rates.size(), sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static Map<String, Object> toJson(GeneratedCertificate g, String runId) {
        var f = g.facts();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", "bench-" + runId + "-" + f.id());
        c.put("patient", Map.of("id", f.patientId(), "name", g.patientName(), "protectedIdentity", g.protectedIdentity()));
        c.put("careProviderId", g.careProviderId());
        c.put("careUnitId", f.unitId());
        c.put("doctor", Map.of("id", f.doctorId(), "name", f.doctorName()));
        c.put("signed", f.signed().toString());
        c.put("diagnosis", Map.of("code", f.diagnosisCode(), "text", f.diagnosisText()));
        c.put("secondaryDiagnoses", f.secondaryDiagnosisCodes().stream().map(code -> Map.of("code", code)).toList());
        c.put("occupation", f.occupation());
        List<Map<String, Object>> periods = new ArrayList<>();
        for (Period p : f.periods()) {
            periods.add(Map.of("from", p.from().toString(), "to", p.to().toString(), "degree", p.degree()));
        }
        c.put("periods", periods);
        return c;
    }
}
