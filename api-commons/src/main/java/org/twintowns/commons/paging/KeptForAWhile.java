package org.twintowns.commons.paging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values kept per key for a time to live (zero: none kept), for the totals {@link Totals} answers again
 * ({@link RecentEstimates}, {@link CountedTotals}). At most {@link #MAX_ENTRIES}: one more, and the oldest are
 * forgotten all at once with the rest, which keeps it bounded without tracking an order.
 */
final class KeptForAWhile<V> {

    /** More distinct lists than this within the time to live: all are forgotten at once. */
    static final int MAX_ENTRIES = 1_000;

    private record Kept<V>(V value, Instant until) {
    }

    private final Map<String, Kept<V>> kept = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    KeptForAWhile(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    boolean isOff() {
        return timeToLive.isZero();
    }

    /** The value kept for {@code key}, if it was kept less than the time to live ago. */
    Optional<V> get(String key) {
        Kept<V> found = isOff() ? null : kept.get(key);
        if (found == null || !clock.instant().isBefore(found.until())) {
            return Optional.empty();
        }
        return Optional.of(found.value());
    }

    /** Keeps {@code value} for {@code key} from now on (nothing, when off). */
    void keep(String key, V value) {
        if (isOff()) {
            return;
        }
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
        }
        kept.put(key, new Kept<>(value, clock.instant().plus(timeToLive)));
    }
}
