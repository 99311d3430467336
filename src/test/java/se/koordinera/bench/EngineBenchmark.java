package se.koordinera.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.EngineParameters;
import se.koordinera.sickleave.engine.SickLeaveCase;
import se.koordinera.sickleave.engine.SickLeaveEngine;
import se.koordinera.sickleave.synthetic.Doctor;
import se.koordinera.sickleave.synthetic.GeneratedCertificate;
import se.koordinera.sickleave.synthetic.SyntheticCertificates;

/**
 * Sick-leave engine at region scale (1 000 000 certificates, about 285 000 patients in 285 units) and
 * at unit scale (20 000 certificates). Targets: region overview <= 1 s, unit overview <= 10 ms on a
 * 2-core machine. Run with {@code ./mvnw -Pbench test-compile exec:exec@engine}.
 */
@BenchmarkMode(Mode.SampleTime) // gives the mean with its error and the median (p0.50)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class EngineBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String PROVIDER = "TSTNMT2321000156-1000";
    static final List<Doctor> DOCTORS = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> new Doctor(String.format("TSTNMT2321000156-D%03d", i), "Doktor " + i)).toList();

    /** One million certificates of a whole region. */
    @State(Scope.Benchmark)
    public static class Region {
        List<CertificateFacts> certificates;
        EngineParameters parameters = new EngineParameters(TODAY, 5, 0);

        @Setup(Level.Trial)
        public void setUp() {
            List<String> units = IntStream.range(0, 285)
                    .mapToObj(i -> String.format("TSTNMT2321000156-%04d", 3000 + i)).toList();
            certificates = new SyntheticCertificates(1).region(PROVIDER, units, DOCTORS, 1000, TODAY)
                    .limit(1_000_000).map(GeneratedCertificate::facts).toList();
            long patients = certificates.stream().map(c -> c.unitId() + c.patientId()).distinct().count();
            System.out.printf("%nregion: %d certificates, %d patients%n", certificates.size(), patients);
        }
    }

    /** One large unit of 20 000 certificates. */
    @State(Scope.Benchmark)
    public static class Unit {
        List<CertificateFacts> certificates;
        EngineParameters parameters = new EngineParameters(TODAY, 5, 0);

        @Setup(Level.Trial)
        public void setUp() {
            certificates = new SyntheticCertificates(2).stream(PROVIDER, "TSTNMT2321000156-1002", DOCTORS, 6000, TODAY)
                    .limit(20_000).map(GeneratedCertificate::facts).toList();
            System.out.printf("%nunit: %d certificates%n", certificates.size());
        }
    }

    @Benchmark
    public List<SickLeaveCase> regionOverview(Region r) {
        return SickLeaveEngine.overview(r.certificates, r.parameters);
    }

    /** The same work on one core: parallelism 0 makes the caller run every fork/join task itself. */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0"})
    public List<SickLeaveCase> regionOverviewSingleThread(Region r) {
        return SickLeaveEngine.overview(r.certificates, r.parameters);
    }

    @Benchmark
    public List<SickLeaveCase> regionAllCases(Region r) {
        return SickLeaveEngine.allCases(r.certificates, 5, TODAY);
    }

    @Benchmark
    public List<SickLeaveCase> unitOverview(Unit u) {
        return SickLeaveEngine.overview(u.certificates, u.parameters);
    }

    @Benchmark
    public List<SickLeaveCase> unitAllCases(Unit u) {
        return SickLeaveEngine.allCases(u.certificates, 5, TODAY);
    }
}
