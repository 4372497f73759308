package org.twintowns.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key in fixed windows that start with a key's first request, in memory.
 * Thread-safe: the gateway's event loops share one counter.
 */
final class FixedWindowCounter {

    /** The outcome of one request: allowed or not, what remains, and when the window ends. */
    record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {

        /**
         * The decision for the {@code count}th request of a window that ends in {@code resetMillis}: the
         * same arithmetic whether the window was counted here or in Redis, so the headers do not say which.
         */
        static Decision of(long count, int limit, long resetMillis) {
            long resetSeconds = Math.max(1, (resetMillis + 999) / 1000);
            return new Decision(count <= limit, limit, (int) Math.max(0, limit - count), resetSeconds);
        }
    }

    private record Window(long startMillis, int count) {
    }

    private final long windowMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FixedWindowCounter(long windowMillis) {
        this.windowMillis = windowMillis;
    }

    Decision acquire(String key, int limit, long nowMillis) {
        Window window = windows.compute(key, (k, old) -> old == null || nowMillis >= old.startMillis() + windowMillis
                ? new Window(nowMillis, 1)
                // Capped: a client hammering while limited must not overflow the count.
                : new Window(old.startMillis(), Math.min(old.count() + 1, limit + 1)));
        return Decision.of(window.count(), limit, window.startMillis() + windowMillis - nowMillis);
    }

    /** Forgets windows that have ended, so memory follows the active clients, not all clients ever seen. */
    void evictExpired(long nowMillis) {
        windows.values().removeIf(w -> nowMillis >= w.startMillis() + windowMillis);
    }

    int size() {
        return windows.size();
    }
}
