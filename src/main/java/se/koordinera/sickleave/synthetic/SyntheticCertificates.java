package se.koordinera.sickleave.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import se.koordinera.patient.Personnummer;
import se.koordinera.sickleave.engine.CertificateFacts;
import se.koordinera.sickleave.engine.Period;

/**
 * Deterministic generator of realistic synthetic sick-leave certificates (<em>syntetiska
 * sjukintyg</em>) for demo data, tests and benchmarks. No real person is involved.
 *
 * <p>Determinism: the output depends only on the seed and the arguments. Every unit gets its own
 * random stream derived from (seed, unitId), so a unit's certificates are the same whether generated
 * alone or as part of a region, and regardless of which units are generated before it.
 *
 * <p>Calibration (per patient, on {@code today}, default max gap 5 days):
 * <ul>
 *   <li>{@value #ACTIVE_SHARE_PERCENT} % of patients have a case with a period covering {@code today}
 *       (so 500 patients give about 335 active cases; with the fixed seeds used in tests 60-72 %);
 *       the others' latest case ended 1-400 days ago (about a quarter of them within 14 days).</li>
 *   <li>About 30 % of patients have one or two earlier, separate cases.</li>
 *   <li>Diagnoses: about 45 % chapter F, 25 % chapter M, the rest S, G, C, J, I, K, R.</li>
 *   <li>Case length: about 55 % 2-8 weeks, 20 % 2-4 months, 13 % up to a year, 9 % 1-2 years,
 *       3 % over 2 years; certificates of 1-13 weeks, renewals mostly back to back, some with
 *       overlaps or gaps of 1-10 days (so some cases split at max gap 5).</li>
 *   <li>Degrees: 100 % most common, then 50, 75, 25; renewals often step down (100 -> 75 -> 50).</li>
 *   <li>Ages 18-67 on {@code today}, about 60 % women, 2 % samordningsnummer, 1 % protected identity.</li>
 *   <li>Only certificates signed on or before {@code today} exist; a renewal signed before today may
 *       start after today.</li>
 * </ul>
 * About 3.5 certificates and 1.5 cases per patient on average.
 */
public final class SyntheticCertificates {

    static final int ACTIVE_SHARE_PERCENT = 67;
    private static final double ACTIVE_SHARE = ACTIVE_SHARE_PERCENT / 100.0;

    public static final List<String> OCCUPATIONS =
            List.of("NUVARANDE_ARBETE", "ARBETSSOKANDE", "FORALDRALEDIG", "STUDIER");

    private final long seed;

    public SyntheticCertificates(long seed) {
        this.seed = seed;
    }

    /** All certificates of {@code patients} synthetic patients at one unit, ordered by patient. */
    public List<GeneratedCertificate> generate(String careProviderId, String unitId, List<Doctor> doctors,
                                               int patients, LocalDate today) {
        List<GeneratedCertificate> result = new ArrayList<>(patients * 5);
        UnitGenerator g = new UnitGenerator(careProviderId, unitId, doctors, today);
        for (int i = 0; i < patients; i++) {
            result.addAll(g.nextPatient());
        }
        return result;
    }

    /**
     * Lazily generated certificates of one unit: only the current patient's certificates are held in
     * memory (plus the set of used personnummer of the unit). Same content as {@link #generate}.
     */
    public Stream<GeneratedCertificate> stream(String careProviderId, String unitId, List<Doctor> doctors,
                                               int patients, LocalDate today) {
        return lazy(() -> new Iterator<List<GeneratedCertificate>>() {
            final UnitGenerator g = new UnitGenerator(careProviderId, unitId, doctors, today);
            int left = patients;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public List<GeneratedCertificate> next() {
                if (left-- <= 0) {
                    throw new NoSuchElementException();
                }
                return g.nextPatient();
            }
        }).flatMap(List::stream);
    }

    /**
     * Region scale: the certificates of {@code patientsPerUnit} patients at each of {@code unitIds},
     * generated lazily unit by unit (memory stays at one unit's patient-id set). With about 4
     * certificates per patient, 250 units of 1 000 patients give about 1 000 000 certificates.
     */
    public Stream<GeneratedCertificate> region(String careProviderId, List<String> unitIds, List<Doctor> doctors,
                                               int patientsPerUnit, LocalDate today) {
        return unitIds.stream().flatMap(u -> stream(careProviderId, u, doctors, patientsPerUnit, today));
    }

    private static <T> Stream<T> lazy(java.util.function.Supplier<Iterator<T>> iterator) {
        return StreamSupport.stream(() -> Spliterators.spliteratorUnknownSize(iterator.get(), Spliterator.ORDERED),
                Spliterator.ORDERED, false);
    }

    /** FNV-1a: a stable string hash (String.hashCode is stable too, but only 32 bits). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    // --- reference data ------------------------------------------------------------------------

    private record Diagnosis(String code, String text, int weight) {
    }

    private static final Diagnosis[] DIAGNOSES = {
            // Chapter F, about 45 %.
            new Diagnosis("F43.8A", "Utmattningssyndrom", 130),
            new Diagnosis("F32.1", "Medelsvår depressiv episod", 70),
            new Diagnosis("F32.0", "Lindrig depressiv episod", 30),
            new Diagnosis("F41.1", "Generaliserat ångestsyndrom", 45),
            new Diagnosis("F43.2", "Anpassningsstörning", 60),
            new Diagnosis("F41.2", "Blandat ångest- och depressionstillstånd", 40),
            new Diagnosis("F33.1", "Recidiverande depression, medelsvår episod", 25),
            new Diagnosis("F41.0", "Paniksyndrom", 15),
            new Diagnosis("F43.1", "Posttraumatiskt stressyndrom", 15),
            new Diagnosis("F43.0", "Akut stressreaktion", 20),
            // Chapter M, about 25 %.
            new Diagnosis("M54.5", "Lumbago", 55),
            new Diagnosis("M75.1", "Rotatorkuffsyndrom", 35),
            new Diagnosis("M51.1", "Lumbalt diskbråck med radikulopati", 30),
            new Diagnosis("M54.2", "Cervikalgi", 25),
            new Diagnosis("M17.1", "Primär gonartros", 20),
            new Diagnosis("M16.1", "Primär koxartros", 15),
            new Diagnosis("M79.7", "Fibromyalgi", 25),
            new Diagnosis("M77.1", "Lateral epikondylit", 15),
            new Diagnosis("M65.4", "Tendovaginit av de Quervain-typ", 10),
            // Other chapters, about 30 %.
            new Diagnosis("S82.6", "Fraktur på laterala malleolen", 15),
            new Diagnosis("S52.5", "Fraktur på nedre änden av radius", 15),
            new Diagnosis("S83.5", "Distorsion av korsband i knäleden", 15),
            new Diagnosis("S13.4", "Distorsion av halskotpelaren (whiplashskada)", 10),
            new Diagnosis("S42.2", "Fraktur på övre änden av överarmsbenet", 10),
            new Diagnosis("G43.9", "Migrän, ospecificerad", 10),
            new Diagnosis("G35.9", "Multipel skleros", 10),
            new Diagnosis("G56.0", "Karpaltunnelsyndrom", 10),
            new Diagnosis("G93.3", "Postviralt trötthetssyndrom", 15),
            new Diagnosis("C50.9", "Bröstcancer, ospecificerad", 25),
            new Diagnosis("C18.7", "Malign tumör i sigmoideum", 10),
            new Diagnosis("C61.9", "Prostatacancer", 10),
            new Diagnosis("J18.9", "Pneumoni, ospecificerad", 10),
            new Diagnosis("J45.9", "Astma, ospecificerad", 10),
            new Diagnosis("J06.9", "Akut övre luftvägsinfektion, ospecificerad", 15),
            new Diagnosis("I21.4", "Akut subendokardiell infarkt", 10),
            new Diagnosis("I63.9", "Cerebral infarkt, ospecificerad", 10),
            new Diagnosis("I48.9", "Förmaksflimmer, ospecificerat", 5),
            new Diagnosis("K50.9", "Crohns sjukdom, ospecificerad", 10),
            new Diagnosis("R53.9", "Sjukdomskänsla och trötthet", 15),
            new Diagnosis("R52.9", "Smärta, ospecificerad", 10),
            new Diagnosis("R42.9", "Yrsel", 10),
    };
    private static final int DIAGNOSIS_WEIGHT;

    static {
        int sum = 0;
        for (Diagnosis d : DIAGNOSES) {
            sum += d.weight();
        }
        DIAGNOSIS_WEIGHT = sum;
    }

    private static final String[] SECONDARY = {
            "G47.0", "F41.9", "M54.2", "E66.9", "I10.9", "Z73.0", "F51.0", "E11.9", "M79.1", "F32.9"};

    private static final String[] WOMEN = {
            "Anna", "Eva", "Maria", "Karin", "Sara", "Kristina", "Lena", "Emma", "Kerstin", "Marie", "Malin",
            "Ingrid", "Jenny", "Hanna", "Linda", "Elin", "Annika", "Sofia", "Johanna", "Susanne", "Ida",
            "Camilla", "Helena", "Åsa", "Frida", "Linnéa", "Monica", "Birgitta", "Ulrika", "Therese", "Fatima",
            "Amira", "Josefin", "Petra", "Maja"};
    private static final String[] MEN = {
            "Lars", "Mikael", "Anders", "Johan", "Erik", "Per", "Karl", "Peter", "Thomas", "Daniel", "Fredrik",
            "Jan", "Hans", "Andreas", "Magnus", "Stefan", "Mattias", "Jonas", "Niklas", "Marcus", "Björn",
            "Henrik", "Oskar", "Ali", "Mohammed", "Gustav", "Viktor", "Joakim", "Emil", "Göran", "Ahmed",
            "Sven", "Olof", "Håkan"};
    private static final String[] SURNAMES = {
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
            "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg",
            "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
            "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund",
            "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
            "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren",
            "Söderberg", "Nyberg", "Hassan", "Yilmaz", "Ahmadi", "Nguyen", "Kowalski", "Virtanen"};

    // --- generation ----------------------------------------------------------------------------

    /** Generates the patients of one unit; holds the unit's random stream and used ids. */
    private final class UnitGenerator {
        private final String careProviderId;
        private final String unitId;
        private final List<Doctor> doctors;
        private final LocalDate today;
        private final SplittableRandom rnd;
        private final String idPrefix;
        private final Set<String> usedIds = new HashSet<>();
        private int counter;

        UnitGenerator(String careProviderId, String unitId, List<Doctor> doctors, LocalDate today) {
            this.careProviderId = Objects.requireNonNull(careProviderId, "careProviderId");
            this.unitId = Objects.requireNonNull(unitId, "unitId");
            this.doctors = List.copyOf(doctors);
            if (this.doctors.isEmpty()) {
                throw new IllegalArgumentException("at least one doctor is needed");
            }
            this.today = Objects.requireNonNull(today, "today");
            this.rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ hash(unitId));
            int dash = unitId.lastIndexOf('-');
            this.idPrefix = "c-" + (dash >= 0 ? unitId.substring(dash + 1) : unitId) + "-";
        }

        List<GeneratedCertificate> nextPatient() {
            boolean woman = rnd.nextDouble() < 0.6;
            Personnummer pnr = newPersonnummer(woman);
            String name = (woman ? pick(WOMEN) : pick(MEN)) + " " + pick(SURNAMES)
                    + (rnd.nextDouble() < 0.05 ? "-" + pick(SURNAMES) : "");
            boolean protectedIdentity = rnd.nextDouble() < 0.01;
            String occupation = occupation();

            // Latest case first (it decides whether the patient is active today), then earlier ones.
            List<List<Cert>> cases = new ArrayList<>();
            List<Cert> main = layoutCase();
            if (rnd.nextDouble() < ACTIVE_SHARE) {
                placeActive(main);
            } else {
                int endedDaysAgo = rnd.nextDouble() < 0.25 ? 1 + rnd.nextInt(14) : 15 + rnd.nextInt(386);
                shift(main, today.toEpochDay() - endedDaysAgo - endOf(main));
            }
            cases.add(main);
            double r = rnd.nextDouble();
            int earlier = r < 0.08 ? 2 : r < 0.30 ? 1 : 0;
            long nextStart = startOf(main);
            for (int i = 0; i < earlier; i++) {
                List<Cert> c = layoutCase();
                long gap = 20 + rnd.nextInt(400);
                shift(c, nextStart - gap - 1 - endOf(c));
                cases.add(c);
                nextStart = startOf(c);
            }

            List<GeneratedCertificate> out = new ArrayList<>();
            for (int i = cases.size() - 1; i >= 0; i--) {
                for (Cert c : cases.get(i)) {
                    LocalDate signed = LocalDate.ofEpochDay(c.signed);
                    if (signed.isAfter(today)) {
                        continue; // not written yet
                    }
                    List<Period> periods = new ArrayList<>(c.periods.length / 3);
                    for (int p = 0; p < c.periods.length; p += 3) {
                        periods.add(new Period(LocalDate.ofEpochDay(c.periods[p]),
                                LocalDate.ofEpochDay(c.periods[p + 1]), (int) c.periods[p + 2]));
                    }
                    CertificateFacts facts = new CertificateFacts(
                            idPrefix + String.format("%06d", ++counter), pnr.value(), unitId, c.doctor.id(),
                            c.doctor.name(), signed, c.diagnosis.code(), c.diagnosis.text(), c.secondary,
                            occupation, periods);
                    out.add(new GeneratedCertificate(facts, name, protectedIdentity, careProviderId));
                }
            }
            return out;
        }

        private Personnummer newPersonnummer(boolean woman) {
            long hi = today.minusYears(18).toEpochDay();
            long lo = today.minusYears(68).plusDays(1).toEpochDay();
            while (true) {
                // Mean of two uniforms: ages concentrate around 40-45 as sick leave does.
                double u = (rnd.nextDouble() + rnd.nextDouble()) / 2;
                LocalDate birth = LocalDate.ofEpochDay(lo + (long) (u * (hi - lo)));
                int serial = rnd.nextInt(100) * 10 + rnd.nextInt(5) * 2 + (woman ? 0 : 1);
                Personnummer p = Personnummer.of(birth, serial, rnd.nextDouble() < 0.02);
                if (usedIds.add(p.value())) {
                    return p;
                }
            }
        }

        private String occupation() {
            double r = rnd.nextDouble();
            return OCCUPATIONS.get(r < 0.75 ? 0 : r < 0.90 ? 1 : r < 0.95 ? 2 : 3);
        }

        private <T> T pick(T[] values) {
            return values[rnd.nextInt(values.length)];
        }

        private Diagnosis diagnosis() {
            int x = rnd.nextInt(DIAGNOSIS_WEIGHT);
            for (Diagnosis d : DIAGNOSES) {
                x -= d.weight();
                if (x < 0) {
                    return d;
                }
            }
            throw new IllegalStateException();
        }

        private List<String> secondary(Diagnosis main) {
            double r = rnd.nextDouble();
            int n = r < 0.6 ? 0 : r < 0.9 ? 1 : 2;
            List<String> codes = new ArrayList<>(n);
            while (codes.size() < n) {
                String code = pick(SECONDARY);
                if (!code.equals(main.code()) && !codes.contains(code)) {
                    codes.add(code);
                }
            }
            return codes;
        }

        private int firstDegree() {
            double r = rnd.nextDouble();
            return r < 0.58 ? 100 : r < 0.83 ? 50 : r < 0.93 ? 75 : 25;
        }

        private int nextDegree(int degree) {
            // Gradual return to work is common early; long cases often return to full-time sick leave,
            // which keeps 100 % the most common degree overall.
            double r = rnd.nextDouble();
            if (degree == 100 && r < 0.25 || degree == 75 && r < 0.35 || degree == 50 && r < 0.10) {
                return degree - 25;
            }
            if (degree < 100 && r > 0.85) {
                return 100; // relapse
            }
            return degree;
        }

        private long caseLength() {
            double r = rnd.nextDouble();
            if (r < 0.55) {
                return 14 + rnd.nextInt(43);
            } else if (r < 0.75) {
                return 57 + rnd.nextInt(64);
            } else if (r < 0.88) {
                return 121 + rnd.nextInt(245);
            } else if (r < 0.97) {
                return 366 + rnd.nextInt(365);
            }
            return 731 + rnd.nextInt(500);
        }

        /** A case laid out from day 0 (relative epoch days); shifted into place afterwards. */
        private List<Cert> layoutCase() {
            long length = caseLength();
            Diagnosis diagnosis = diagnosis();
            List<String> secondary = secondary(diagnosis);
            Doctor doctor = doctors.get(rnd.nextInt(doctors.size()));
            int degree = firstDegree();
            List<Cert> certs = new ArrayList<>();
            long start = 0;
            while (start < length) {
                // First certificate 1-4 weeks; renewals 2-13 weeks, longer in long cases.
                long certLength = certs.isEmpty() ? 7 + rnd.nextInt(24)
                        : length > 180 ? 28 + rnd.nextInt(92) : 14 + rnd.nextInt(77);
                certLength = Math.max(1, Math.min(certLength, length - start));
                long end = start + certLength - 1;
                long[] periods;
                if (certLength >= 14 && degree > 25 && rnd.nextDouble() < 0.2) {
                    long split = start + certLength / 2;
                    int stepped = degree > 25 ? degree - 25 : degree;
                    periods = new long[] {start, split - 1, degree, split, end, stepped};
                    degree = stepped;
                } else {
                    periods = new long[] {start, end, degree};
                }
                if (rnd.nextDouble() < 0.2) {
                    doctor = doctors.get(rnd.nextInt(doctors.size()));
                }
                if (rnd.nextDouble() < 0.05) {
                    diagnosis = diagnosis();
                    secondary = secondary(diagnosis);
                }
                long signed = start - (certs.isEmpty() || rnd.nextDouble() < 0.4 ? 0 : 1 + rnd.nextInt(5));
                certs.add(new Cert(periods, signed, doctor, diagnosis, secondary));
                if (degree == 25 && rnd.nextDouble() < 0.5) {
                    break; // back to work after the last step of a gradual return
                }
                degree = nextDegree(degree);
                double g = rnd.nextDouble();
                long next = g < 0.80 ? end + 1               // renewed back to back
                        : g < 0.88 ? end + 1 - (1 + rnd.nextInt(3)) // overlapping renewal
                        : g < 0.96 ? end + 2 + rnd.nextInt(5)       // gap of 1-5 days
                        : end + 7 + rnd.nextInt(5);                 // gap of 6-10 days
                start = Math.max(next, certs.get(certs.size() - 1).periods[0] + 1);
            }
            return certs;
        }

        /** Shifts the case so that a covered day chosen at random is {@code today}. */
        private void placeActive(List<Cert> certs) {
            long span = endOf(certs) - startOf(certs) + 1;
            while (true) {
                long offset = startOf(certs) + rnd.nextLong(span);
                for (Cert c : certs) {
                    for (int p = 0; p < c.periods.length; p += 3) {
                        if (c.periods[p] <= offset && offset <= c.periods[p + 1]) {
                            shift(certs, today.toEpochDay() - offset);
                            return;
                        }
                    }
                }
            }
        }
    }

    private static long startOf(List<Cert> certs) {
        long start = Long.MAX_VALUE;
        for (Cert c : certs) {
            start = Math.min(start, c.periods[0]);
        }
        return start;
    }

    private static long endOf(List<Cert> certs) {
        long end = Long.MIN_VALUE;
        for (Cert c : certs) {
            end = Math.max(end, c.periods[c.periods.length - 2]);
        }
        return end;
    }

    private static void shift(List<Cert> certs, long days) {
        for (Cert c : certs) {
            c.signed += days;
            for (int p = 0; p < c.periods.length; p += 3) {
                c.periods[p] += days;
                c.periods[p + 1] += days;
            }
        }
    }

    /** A certificate under construction: periods as (from, to, degree) triples in epoch days. */
    private static final class Cert {
        final long[] periods;
        long signed;
        final Doctor doctor;
        final Diagnosis diagnosis;
        final List<String> secondary;

        Cert(long[] periods, long signed, Doctor doctor, Diagnosis diagnosis, List<String> secondary) {
            this.periods = periods;
            this.signed = signed;
            this.doctor = doctor;
            this.diagnosis = diagnosis;
            this.secondary = secondary;
        }
    }
}
