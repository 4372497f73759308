package org.twintowns.commons.paging;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

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
    static final int MAX_ENTRIES = KeptForAWhile.MAX_ENTRIES;

    private record Counted(long head, Total total) {
    }

    private final KeptForAWhile<Counted> kept;

    CountedTotals(Duration timeToLive, Clock clock) {
        kept = new KeptForAWhile<>(timeToLive, clock);
    }

    boolean isOff() {
        return kept.isOff();
    }

    /** Whether a total is kept for {@code key}, at whatever head, and not too long ago. */
    boolean knows(String key) {
        return kept.get(key).isPresent();
    }

    /** The total kept for {@code key} with the head of the feed it was counted at, if one is kept, not too long ago. */
    Optional<Totals.Kept> kept(String key) {
        return kept.get(key).map(counted -> new Totals.Kept(counted.head(), counted.total()));
    }

    /** The total kept for {@code key} if it was counted at this head of the feed, and not too long ago. */
    Optional<Total> get(String key, long head) {
        return kept.get(key).filter(counted -> counted.head() == head).map(Counted::total);
    }

    /** Keeps {@code total}, exact, counted in the same snapshot as the feed's head was read as {@code head}. */
    Total keep(String key, long head, Total total) {
        if (!total.estimated()) {
            kept.keep(key, new Counted(head, total));
        }
        return total;
    }
}
