package org.twintowns.commons.paging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact totals of lists, kept per query and parameters with the head of the service's change feed they were
 * counted at: every write records a change in the transaction that makes it (the outbox), so while the head
 * stands still no list's total has changed, and the next reader of the same list reads the head (one index
 * lookup) instead of counting up to a thousand matches again. A total is answered only at the head it was
 * counted at, and for a while at most ({@code twintowns.paging.total-ttl}), for a change made behind the
 * service's back (by hand, in SQL), which records none.
 */
final class CountedTotals {

    /** More distinct lists than this within the time to live: the oldest are forgotten all at once. */
    static final int MAX_ENTRIES = 1_000;

    private record Kept(long head, Total total, Instant until) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    CountedTotals(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    boolean isOff() {
        return timeToLive.isZero();
    }

    /** Whether a total is kept for {@code key}, at whatever head, and not too long ago. */
    boolean knows(String key) {
        Kept found = kept.get(key);
        return found != null && clock.instant().isBefore(found.until());
    }

    /** The total kept for {@code key} if it was counted at this head of the feed, and not too long ago. */
    Optional<Total> get(String key, long head) {
        Kept found = kept.get(key);
        if (found == null || found.head() != head || !clock.instant().isBefore(found.until())) {
            return Optional.empty();
        }
        return Optional.of(found.total());
    }

    /** Keeps {@code total}, exact, counted in the same snapshot as the feed's head was read as {@code head}. */
    Total keep(String key, long head, Total total) {
        if (!total.estimated() && !isOff()) {
            if (kept.size() >= MAX_ENTRIES) {
                kept.clear();
            }
            kept.put(key, new Kept(head, total, clock.instant().plus(timeToLive)));
        }
        return total;
    }
}
