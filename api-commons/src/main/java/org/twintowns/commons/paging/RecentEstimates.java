package org.twintowns.commons.paging;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The planner's estimates of large lists' totals, kept for a short while per query and parameters: the
 * next reader of the same large list (the first page of the registry, of a country) pays neither the
 * capped count nor the EXPLAIN, two of the few statements a page takes. An estimate is never exact
 * anyway; one a few seconds old says as much as a fresh one. Exact totals are never kept.
 */
final class RecentEstimates {

    /** More distinct large lists than this within the time to live: the oldest are forgotten all at once. */
    static final int MAX_ENTRIES = KeptForAWhile.MAX_ENTRIES;

    private final KeptForAWhile<Total> kept;

    RecentEstimates(Duration timeToLive, Clock clock) {
        kept = new KeptForAWhile<>(timeToLive, clock);
    }

    /** The estimate kept for {@code key}, if it is still fresh. */
    Optional<Total> get(String key) {
        return kept.get(key);
    }

    /** Keeps {@code total} for {@code key} if it is an estimate; returns it. */
    Total keep(String key, Total total) {
        if (total.estimated()) {
            kept.keep(key, total);
        }
        return total;
    }
}
