package org.twintowns.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, 10 * SECOND, clock::get);

    @Test
    void shouldOpenAfterConsecutiveFailuresOnly() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        assertTrue(breaker.tryAcquire());
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals(10, breaker.retryAfterSeconds());
    }

    @Test
    void shouldLetOneTrialThroughAfterTheCoolDownAndCloseOnSuccess() {
        open();
        clock.addAndGet(10 * SECOND);
        assertTrue(breaker.tryAcquire());
        assertFalse(breaker.tryAcquire(), "only one trial at a time");
        breaker.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void shouldReopenWhenTheTrialFails() {
        open();
        clock.addAndGet(10 * SECOND);
        assertTrue(breaker.tryAcquire());
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        clock.addAndGet(4 * SECOND);
        assertEquals(6, breaker.retryAfterSeconds());
    }

    @Test
    void shouldAllowAnotherTrialWhenTheFirstNeverReported() {
        open();
        clock.addAndGet(10 * SECOND);
        assertTrue(breaker.tryAcquire());
        clock.addAndGet(10 * SECOND);
        assertTrue(breaker.tryAcquire());
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure();
        }
    }
}
