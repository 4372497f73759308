package org.twintowns.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixedWindowCounterTest {

    private final FixedWindowCounter counter = new FixedWindowCounter(60_000);

    @Test
    void shouldAllowUpToTheLimitThenRefuseUntilTheWindowEnds() {
        assertEquals(1, counter.acquire("a", 2, 0).remaining());
        assertTrue(counter.acquire("a", 2, 1_000).allowed());
        FixedWindowCounter.Decision refused = counter.acquire("a", 2, 30_000);
        assertFalse(refused.allowed());
        assertEquals(30, refused.resetSeconds());
        FixedWindowCounter.Decision fresh = counter.acquire("a", 2, 60_000);
        assertTrue(fresh.allowed());
        assertEquals(1, fresh.remaining());
        assertEquals(60, fresh.resetSeconds());
    }

    @Test
    void shouldCountKeysSeparatelyAndForgetEndedWindows() {
        counter.acquire("a", 1, 0);
        assertTrue(counter.acquire("b", 1, 10).allowed());
        counter.evictExpired(59_999);
        assertEquals(2, counter.size());
        counter.evictExpired(60_005);
        assertEquals(1, counter.size());
    }
}
