package se.koordinera.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.koordinera.access.Assignment;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;
import se.koordinera.access.UserService;
import se.koordinera.region.CareUnit;
import se.koordinera.region.Region;
import se.koordinera.region.RegionService;
import se.koordinera.sickleave.DemoCertificates;
import se.koordinera.sickleave.synthetic.Doctor;

/**
 * Demo mode only: two regions, three care units, the users of API.md (password "demo") and
 * synthetic certificates. Idempotent, so restarting keeps what users did with the demo data.
 */
@Component
@ConditionalOnProperty(name = "koordinera.demo.seed", havingValue = "true")
@Order(0)
public class DemoData implements ApplicationRunner {

    public static final String VGR = "TSTNMT2321000156-1000";
    public static final String KALMAR = "TSTNMT2321000156-2000";
    public static final String VGR_UNIT = "TSTNMT2321000156-1002";
    public static final String VGR_UNIT_2 = "TSTNMT2321000156-1003";
    public static final String KALMAR_UNIT = "TSTNMT2321000156-2001";
    public static final String DOCTOR_HSA_ID = "TSTNMT2321000156-D001";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final RegionService regions;
    private final Clock clock;
    private final UserService users;
    private final DemoCertificates certificates;
    private final int patientsPerUnit;
    private final long seed;

    public DemoData(RegionService regions, Clock clock, UserService users, DemoCertificates certificates,
            @Value("${koordinera.demo.patients-per-unit:520}") int patientsPerUnit,
            @Value("${koordinera.demo.seed-value:20261123}") long seed) {
        this.regions = regions;
        this.clock = clock;
        this.users = users;
        this.certificates = certificates;
        this.patientsPerUnit = patientsPerUnit;
        this.seed = seed;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        regions.saveRegion(new Region(VGR, "Västra Götalandsregionen", true));
        regions.saveRegion(new Region(KALMAR, "Region Kalmar län", false));
        regions.saveUnit(new CareUnit(VGR_UNIT, VGR, "Vårdcentralen Majorna", "Karl Johansgatan 10, 414 59 Göteborg", "031-100 10 02"));
        regions.saveUnit(new CareUnit(VGR_UNIT_2, VGR, "Vårdcentralen Lunden", "Redbergsvägen 3, 416 65 Göteborg", "031-100 10 03"));
        regions.saveUnit(new CareUnit(KALMAR_UNIT, KALMAR, "Hälsocentralen Kalmar", "Storgatan 1, 392 32 Kalmar", "0480-100 20 01"));

        String hash = demoPasswordHash();
        user("rehab.vgr", "TSTNMT2321000156-R001", "Rut Rehab", "FYSIOTERAPEUT", true, true, EnumSet.of(Role.REHAB_COORDINATOR),
                List.of(new Assignment(VGR_UNIT, Purpose.VARD_OCH_BEHANDLING)), hash);
        user("lakare.vgr", DOCTOR_HSA_ID, "Ajla Doktor", "LAKARE", true, true, EnumSet.of(Role.DOCTOR),
                List.of(new Assignment(VGR_UNIT, Purpose.VARD_OCH_BEHANDLING), new Assignment(VGR_UNIT_2, Purpose.VARD_OCH_BEHANDLING)), hash);
        user("chef.vgr", "TSTNMT2321000156-C001", "Cecilia Chef", "SJUKSKOTERSKA", true, false, EnumSet.of(Role.UNIT_MANAGER),
                List.of(new Assignment(VGR_UNIT, Purpose.VARD_OCH_BEHANDLING)), hash);
        regions.setManager(VGR_UNIT, "TSTNMT2321000156-C001");
        user("rehab.kalmar", "TSTNMT2321000156-R002", "Kalle Koordinator", "SJUKSKOTERSKA", true, true,
                EnumSet.of(Role.REHAB_COORDINATOR), List.of(new Assignment(KALMAR_UNIT, Purpose.VARD_OCH_BEHANDLING)), hash);
        user("admin.vgr", "TSTNMT2321000156-A001", "Adam Admin", "ADMINISTRATOR", false, false, EnumSet.of(Role.REGION_ADMIN),
                List.of(new Assignment(VGR_UNIT, Purpose.ADMINISTRATION)), hash);

        LocalDate today = LocalDate.now(clock);
        seedUnit(VGR, VGR_UNIT, List.of(new Doctor(DOCTOR_HSA_ID, "Ajla Doktor"), new Doctor("TSTNMT2321000156-D002", "Bertil Berg"),
                new Doctor("TSTNMT2321000156-D003", "Cornelia Ek")), 1, today);
        seedUnit(VGR, VGR_UNIT_2, List.of(new Doctor(DOCTOR_HSA_ID, "Ajla Doktor"), new Doctor("TSTNMT2321000156-D004", "David Lind")),
                2, today);
        seedUnit(KALMAR, KALMAR_UNIT, List.of(new Doctor("TSTNMT2321000156-D101", "Eva Sund"),
                new Doctor("TSTNMT2321000156-D102", "Fredrik Strand")), 3, today);
    }

    /**
     * The demo accounts' password ("demo") is published in the README, so a slow hash protects
     * nothing; bcrypt at cost 4 keeps HTTP Basic calls in demo mode and benchmarks from spending
     * ~100 ms of CPU per request on password checks. Production has no local passwords (OIDC).
     */
    public static String demoPasswordHash() {
        return "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("demo");
    }

    private void seedUnit(String region, String unit, List<Doctor> doctors, int salt, LocalDate today) {
        if (!certificates.unitHasCertificates(unit)) {
            int n = certificates.seed(seed * 31 + salt, region, unit, doctors, patientsPerUnit, today);
            log.info("Demo data: {} synthetic certificates for unit {}", n, unit);
        }
    }

    private void user(String username, String hsaId, String name, String profession, boolean licensed, boolean training,
            Set<Role> roles, List<Assignment> assignments, String hash) {
        users.provision(new KoordineraUser(hsaId, name, profession, licensed, training, roles, assignments), username, hash);
    }
}
