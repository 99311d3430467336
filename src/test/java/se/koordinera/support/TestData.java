package se.koordinera.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.koordinera.access.Assignment;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;
import se.koordinera.access.UserService;
import se.koordinera.patient.Personnummer;
import se.koordinera.region.CareUnit;
import se.koordinera.region.RegionService;

/**
 * Creates isolated test fixtures in the real database: a unit of its own in a region of its own,
 * users with chosen roles and assignments, and unique patients. Everything carries a unique
 * suffix, so tests neither see each other's data nor depend on a fresh database.
 */
@Component
public class TestData {

    public static final String PASSWORD = "demo";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final RegionService regions;
    private final UserService users;
    private final PasswordEncoder passwords;
    private final JdbcClient jdbc;

    public TestData(RegionService regions, UserService users, PasswordEncoder passwords, JdbcClient jdbc) {
        this.regions = regions;
        this.users = users;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    public static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + COUNTER.incrementAndGet();
    }

    /** A fresh region (care provider) with one unit. */
    public Unit newUnit(boolean preventiveCoordination) {
        String suffix = unique().toUpperCase();
        String regionId = "TSTREG" + suffix;
        String unitId = "TSTUNIT" + suffix;
        regions.saveRegion(new se.koordinera.region.Region(regionId, "Testregion " + suffix, preventiveCoordination));
        regions.saveUnit(new CareUnit(unitId, regionId, "Testenheten " + suffix, "Testgatan 1", "010-000 00 00"));
        return new Unit(regionId, unitId);
    }

    public Unit newUnit() {
        return newUnit(true);
    }

    /** A second unit in the same region. */
    public Unit siblingUnit(Unit unit) {
        String unitId = "TSTUNIT" + unique().toUpperCase();
        regions.saveUnit(new CareUnit(unitId, unit.regionId(), "Syskonenheten " + unitId, null, null));
        return new Unit(unit.regionId(), unitId);
    }

    /** A user (password "demo") with the given roles and Vård och behandling for the given units. */
    public User user(Set<Role> roles, String profession, String... careUnits) {
        List<Assignment> assignments = new ArrayList<>();
        for (String unit : careUnits) {
            assignments.add(new Assignment(unit, Purpose.VARD_OCH_BEHANDLING));
        }
        return user(roles, profession, assignments);
    }

    public User user(Set<Role> roles, String profession, List<Assignment> assignments) {
        String suffix = unique();
        String username = "test." + suffix;
        String hsaId = "TSTNMT-" + suffix.toUpperCase();
        KoordineraUser user = new KoordineraUser(hsaId, "Test " + suffix, profession, true, true, roles, assignments);
        users.provision(user, username, se.koordinera.demo.DemoData.demoPasswordHash());
        return new User(username, hsaId, user);
    }

    public User coordinator(String unitId) {
        return user(Set.of(Role.REHAB_COORDINATOR), "FYSIOTERAPEUT", unitId);
    }

    public User doctor(String unitId) {
        return user(Set.of(Role.DOCTOR), "LAKARE", unitId);
    }

    public User manager(String unitId) {
        User manager = user(Set.of(Role.UNIT_MANAGER), "SJUKSKOTERSKA", unitId);
        regions.setManager(unitId, manager.hsaId());
        return manager;
    }

    /** A random valid personnummer of an adult, unique enough for a test. */
    public static Personnummer newPatientId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
        return Personnummer.of(birth, r.nextInt(1000), false);
    }

    /** A certificate as the import API takes it (JSON-ready map). Periods as {from, to, degree} triples. */
    public static Map<String, Object> certificate(String id, Personnummer patient, String name, Unit unit, String doctorId,
            String diagnosis, Object[]... periods) {
        List<Map<String, Object>> ps = new ArrayList<>();
        for (Object[] p : periods) {
            ps.add(Map.of("from", p[0].toString(), "to", p[1].toString(), "degree", p[2]));
        }
        return Map.of("id", id,
                "patient", Map.of("id", patient.value(), "name", name),
                "careProviderId", unit.regionId(),
                "careUnitId", unit.unitId(),
                "doctor", Map.of("id", doctorId, "name", "Doktor " + doctorId),
                "signed", ((LocalDate) periods[0][0]).toString(),
                "diagnosis", Map.of("code", diagnosis, "text", "Diagnos " + diagnosis),
                "secondaryDiagnoses", List.of(),
                "occupation", "NUVARANDE_ARBETE",
                "periods", ps);
    }

    public static Object[] period(LocalDate from, LocalDate to, int degree) {
        return new Object[] {from, to, degree};
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    public record Unit(String regionId, String unitId) {
    }

    public record User(String username, String hsaId, KoordineraUser user) {
    }
}
