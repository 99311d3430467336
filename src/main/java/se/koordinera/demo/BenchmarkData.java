package se.koordinera.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.koordinera.access.Assignment;
import se.koordinera.access.KoordineraUser;
import se.koordinera.access.Purpose;
import se.koordinera.access.Role;
import se.koordinera.access.UserService;
import se.koordinera.region.CareUnit;
import se.koordinera.region.RegionService;
import se.koordinera.sickleave.DemoCertificates;
import se.koordinera.sickleave.synthetic.Doctor;

/**
 * Profile "bench" (with "demo"): a large unit for the overview benchmark (about 2 000 active
 * cases), an empty unit to import into, and the user bench.vgr (password demo) for both; and a
 * region of {@code koordinera.bench.region-units} (default 250) empty units of VGR with the user
 * region.bench (password demo) assigned to all of them, for the region-scale import (issue 13,
 * {@code bench/region-scale.sh}). Everything is an upsert, and the certificates are seeded only
 * into an empty unit, so a restart on a loaded database does no work proportional to its data.
 */
@Component
@Profile("bench")
@Order(1)
public class BenchmarkData implements ApplicationRunner {

    public static final String LARGE_UNIT = "TSTNMT2321000156-1099";
    public static final String IMPORT_UNIT = "TSTNMT2321000156-1098";
    public static final String REGION_USERNAME = "region.bench";
    private static final String REGION_USER_HSA_ID = "TSTNMT2321000156-B002";
    private static final Logger log = LoggerFactory.getLogger(BenchmarkData.class);

    private final RegionService regions;
    private final Clock clock;
    private final UserService users;
    private final DemoCertificates certificates;
    private final int patients;
    private final int regionUnits;

    public BenchmarkData(RegionService regions, Clock clock, UserService users, DemoCertificates certificates,
            @Value("${koordinera.bench.large-unit-patients:3000}") int patients,
            @Value("${koordinera.bench.region-units:250}") int regionUnits) {
        this.regions = regions;
        this.clock = clock;
        this.users = users;
        this.certificates = certificates;
        this.patients = patients;
        this.regionUnits = regionUnits;
    }

    /** The HSA-ids of the benchmark region's units: TSTNMT2321000156-3001, -3002, ... (the load client uses the same list). */
    public static List<String> regionUnitIds(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "TSTNMT2321000156-%04d".formatted(3000 + i)).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        regions.saveUnit(new CareUnit(LARGE_UNIT, DemoData.VGR, "Benchmarkenheten (stor)", null, null));
        regions.saveUnit(new CareUnit(IMPORT_UNIT, DemoData.VGR, "Benchmarkenheten (import)", null, null));
        users.provision(new KoordineraUser("TSTNMT2321000156-B001", "Bengt Benchmark", "FYSIOTERAPEUT", true, true,
                EnumSet.of(Role.REHAB_COORDINATOR), List.of(new Assignment(LARGE_UNIT, Purpose.VARD_OCH_BEHANDLING),
                        new Assignment(IMPORT_UNIT, Purpose.VARD_OCH_BEHANDLING))), "bench.vgr", DemoData.demoPasswordHash());
        if (regionUnits > 0) {
            List<String> ids = regionUnitIds(regionUnits);
            regions.saveUnits(ids.stream().map(id -> new CareUnit(id, DemoData.VGR, "Regionenhet " + id.substring(id.length() - 3),
                    null, null)).toList());
            users.provision(new KoordineraUser(REGION_USER_HSA_ID, "Regina Region", "FYSIOTERAPEUT", true, true,
                    EnumSet.of(Role.REHAB_COORDINATOR), ids.stream().map(id -> new Assignment(id, Purpose.VARD_OCH_BEHANDLING)).toList()),
                    REGION_USERNAME, DemoData.demoPasswordHash());
        }
        if (!certificates.unitHasCertificates(LARGE_UNIT)) {
            int n = certificates.seed(99, DemoData.VGR, LARGE_UNIT, List.of(new Doctor("TSTNMT2321000156-D090", "Bo Bänk"),
                    new Doctor("TSTNMT2321000156-D091", "Bea Bänk")), patients, LocalDate.now(clock));
            log.info("Benchmark data: {} certificates for {}", n, LARGE_UNIT);
        }
    }
}
