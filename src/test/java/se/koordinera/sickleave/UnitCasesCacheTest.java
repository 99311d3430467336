package se.koordinera.sickleave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.koordinera.sickleave.engine.EngineParameters;

class UnitCasesCacheTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    static final UnitCasesCache.Key BASE = new UnitCasesCache.Key("REG", "UNIT", 7, 3, 5, 0, DAY);

    @Test
    void theKeyIsBuiltFromTheStampsAndTheEffectiveSettings() {
        UnitCasesCache.Key key = UnitCasesCache.Key.of("REG", "UNIT", new DataVersions.Stamps(7, 3), new EngineParameters(DAY, 5, 0));
        assertThat(key).isEqualTo(BASE).hasSameHashCodeAs(BASE);
    }

    @Test
    void everyComponentOfTheKeyMakesADifferentEntry() {
        List<UnitCasesCache.Key> variants = List.of(
                new UnitCasesCache.Key("REG2", "UNIT", 7, 3, 5, 0, DAY),
                new UnitCasesCache.Key("REG", "UNIT2", 7, 3, 5, 0, DAY),
                new UnitCasesCache.Key("REG", "UNIT", 8, 3, 5, 0, DAY),
                new UnitCasesCache.Key("REG", "UNIT", 7, 4, 5, 0, DAY),
                new UnitCasesCache.Key("REG", "UNIT", 7, 3, 6, 0, DAY),
                new UnitCasesCache.Key("REG", "UNIT", 7, 3, 5, 1, DAY),
                new UnitCasesCache.Key("REG", "UNIT", 7, 3, 5, 0, DAY.plusDays(1)));
        assertThat(variants).doesNotContain(BASE).doesNotHaveDuplicates();
    }

    @Test
    void theSettingsRangesOfTheUserAreTheKeysRanges() {
        new UnitCasesCache.Key("REG", "UNIT", 0, 0, 0, 0, DAY);
        new UnitCasesCache.Key("REG", "UNIT", 0, 0, 90, 14, DAY);
        assertThatThrownBy(() -> new UnitCasesCache.Key("REG", "UNIT", 0, 0, 91, 0, DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitCasesCache.Key("REG", "UNIT", 0, 0, 5, 15, DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitCasesCache.Key("REG", "UNIT", 0, 0, -1, 0, DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitCasesCache.Key("REG", null, 0, 0, 5, 0, DAY)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aNewStampIsAMissAndTheSameKeyAHit() {
        UnitCasesCache cache = new UnitCasesCache(16, Duration.ofMinutes(5));
        AtomicInteger loads = new AtomicInteger();
        cache.get(BASE, () -> { loads.incrementAndGet(); return List.of(); });
        cache.get(new UnitCasesCache.Key("REG", "UNIT", 7, 3, 5, 0, DAY), () -> { loads.incrementAndGet(); return List.of(); });
        assertThat(loads).hasValue(1);
        cache.get(new UnitCasesCache.Key("REG", "UNIT", 8, 3, 5, 0, DAY), () -> { loads.incrementAndGet(); return List.of(); });
        cache.get(new UnitCasesCache.Key("REG", "UNIT", 8, 4, 5, 0, DAY), () -> { loads.incrementAndGet(); return List.of(); });
        assertThat(loads).hasValue(3);
        assertThat(cache.stats().hitCount()).isEqualTo(1);
    }

    @Test
    void seededRandomKeysAreEqualExactlyWhenEveryComponentIs() {
        Random random = new Random(13);
        List<UnitCasesCache.Key> keys = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            keys.add(new UnitCasesCache.Key("R" + random.nextInt(2), "U" + random.nextInt(2), random.nextInt(3), random.nextInt(3),
                    random.nextInt(91), random.nextInt(15), DAY.plusDays(random.nextInt(2))));
        }
        for (int i = 0; i + 1 < keys.size(); i++) {
            UnitCasesCache.Key x = keys.get(i);
            UnitCasesCache.Key y = keys.get(i + 1);
            boolean same = x.careProviderId().equals(y.careProviderId()) && x.unitId().equals(y.unitId()) && x.unitVersion() == y.unitVersion()
                    && x.providerVersion() == y.providerVersion() && x.maxGapDays() == y.maxGapDays()
                    && x.endedWithinDays() == y.endedWithinDays() && x.activeOn().equals(y.activeOn());
            assertThat(x.equals(y)).isEqualTo(same);
        }
    }
}
