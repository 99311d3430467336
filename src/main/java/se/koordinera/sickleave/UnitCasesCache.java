package se.koordinera.sickleave;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.koordinera.patient.PatientRecord;
import se.koordinera.sickleave.engine.EngineParameters;
import se.koordinera.sickleave.engine.SickLeaveCase;

/**
 * The unit's computed sick-leave cases (certificate rows read and mapped, the engine run, the
 * provider's patient records and open coordination case states joined), before any per-user rule.
 * Never stale: the key holds the data version stamps read before the rows, and PostgreSQL advances
 * them in every writer's transaction, so a request after a commit (on any node) reads a newer stamp
 * and misses. Old keys are never looked up again and leave by size or by the expiry after access,
 * which only bound memory. Per-user rules (protected identity, filters) and the PDL log are applied
 * on every request by the callers, never cached.
 */
@Component
class UnitCasesCache {

    /**
     * What a cached list is computed from. The settings are the effective ones (the user's own or the
     * request's), so users with the same settings share one entry.
     */
    record Key(String careProviderId, String unitId, long unitVersion, long providerVersion, int maxGapDays, int endedWithinDays,
            LocalDate activeOn) {

        Key {
            java.util.Objects.requireNonNull(careProviderId, "careProviderId");
            java.util.Objects.requireNonNull(unitId, "unitId");
            java.util.Objects.requireNonNull(activeOn, "activeOn");
            if (maxGapDays < 0 || maxGapDays > 90 || endedWithinDays < 0 || endedWithinDays > 14) {
                throw new IllegalArgumentException("max gap 0-90 and ended within 0-14 days, was " + maxGapDays + " / " + endedWithinDays);
            }
        }

        static Key of(String careProviderId, String unitId, DataVersions.Stamps stamps, EngineParameters parameters) {
            return new Key(careProviderId, unitId, stamps.unit(), stamps.provider(), parameters.maxGapDays(), parameters.endedWithinDays(),
                    parameters.activeOn());
        }
    }

    /** One case with the care provider's record of its patient and the row built from both (user-independent). */
    record Row(SickLeaveCase sickLeaveCase, PatientRecord patient, SickLeaveItem item) {
    }

    /**
     * The cached rows, and apart the items of the patients without protected identity, which every user
     * with an assignment sees: such a user gets that list as it is, without a per-request pass and copy
     * of the whole unit (issue 13). {@code protectedRows} are the few that need the per-user rule.
     */
    record Rows(List<Row> all, List<SickLeaveItem> unprotectedItems, List<Row> protectedRows) {

        static Rows of(List<Row> all) {
            return new Rows(List.copyOf(all), all.stream().filter(r -> !r.patient().protectedIdentity()).map(Row::item).toList(),
                    all.stream().filter(r -> r.patient().protectedIdentity()).toList());
        }
    }

    /**
     * What a user's visible list is a function of: the cached rows' key, and the doctor for whom
     * protected patients were added ({@code null}: only the rows every user with an assignment sees).
     * Equal versions have equal lists.
     */
    record Visible(Key rows, String protectedFor) {
    }

    /** A value computed from a visible list and a query (its filters and order, never its page): see {@link #derived}. */
    private record DerivedKey(Visible visible, SickLeaveQuery query, Class<?> kind) {
    }

    private final Cache<Key, Rows> cache;
    private final Cache<DerivedKey, Object> derived;

    UnitCasesCache(@Value("${koordinera.sickleave.cache.maximum-size:64}") long maximumSize,
            @Value("${koordinera.sickleave.cache.expire-after-access:5m}") Duration expireAfterAccess) {
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(expireAfterAccess).recordStats().build();
        // A few queries per list (the default view, a saved view or two): the filtered and sorted cases,
        // the statistics and the option counts, which the overview would otherwise recompute per page.
        this.derived = Caffeine.newBuilder().maximumSize(maximumSize * 8).expireAfterAccess(expireAfterAccess).recordStats().build();
    }

    /**
     * A value computed from the visible list of this version and the query without its page (offset
     * and limit): never stale for the same reason as the rows, as the version holds their stamps.
     */
    <T> T derived(Visible visible, SickLeaveQuery query, Class<T> kind, Supplier<T> compute) {
        return kind.cast(derived.get(new DerivedKey(visible, query.unpaged(), kind), k -> compute.get()));
    }

    /** Hits and misses of the derived values since start. */
    CacheStats derivedStats() {
        return derived.stats();
    }

    /** The cached rows under this key, or those the loader computes (once per key, concurrent callers wait for it). */
    Rows get(Key key, Supplier<List<Row>> loader) {
        return cache.get(key, k -> Rows.of(loader.get()));
    }

    /** Hits and misses since start (tests prove a hit is served and a write makes the next read miss). */
    CacheStats stats() {
        return cache.stats();
    }
}
