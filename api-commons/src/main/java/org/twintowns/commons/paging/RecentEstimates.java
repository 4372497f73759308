package org.twintowns.commons.paging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The planner's estimates of large lists' totals, kept for a short while per query and parameters: the
 * next reader of the same large list (the first page of the registry, of a country) pays neither the
 * capped count nor the EXPLAIN, two of the few statements a page takes. An estimate is never exact
 * anyway; one a few seconds old says as much as a fresh one. Exact totals are never kept.
 */
final class RecentEstimates {

    /** More distinct large lists than this within the time to live: the oldest are forgotten all at once. */
    static final int MAX_ENTRIES = 1_000;

    private record Kept(Total total, Instant until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    RecentEstimates(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The estimate kept for {@code key}, if it is still fresh. */
    Optional<Total> get(String key) {
        if (timeToLive.isZero()) {
            return Optional.empty();
        }
        Kept found = kept.get(key);
        if (found == null || !clock.instant().isBefore(found.until())) {
            return Optional.empty();
        }
        return Optional.of(found.total());
    }

    /** Keeps {@code total} for {@code key} if it is an estimate; returns it. */
    Total keep(String key, Total total) {
        if (total.estimated() && !timeToLive.isZero()) {
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
            kept.put(key, new Kept(total, clock.instant().plus(timeToLive)));
        }
        return total;
    }
}
