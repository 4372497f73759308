package org.twintowns.gateway.proxy;

import java.util.function.LongSupplier;

/**
 * One service's circuit: closed while it answers; open for a cool-down after a run of
 * consecutive failures, during which the gateway answers 503 at once; then half-open, when a
 * single trial request decides whether it closes again or stays open for another cool-down.
 */
public final class CircuitBreaker {

    /** Where the circuit stands. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private long trialStartedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, long openNanos, LongSupplier nanoClock) {
        this.failureThreshold = failureThreshold;
        this.openNanos = openNanos;
        this.nanoClock = nanoClock;
    }

    /** Whether a request may go to the service now; in half-open state only one trial at a time. */
    public synchronized boolean tryAcquire() {
        long now = nanoClock.getAsLong();
        if (state == State.OPEN && now - openedAt >= openNanos) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            // A trial whose outcome never arrived (a request that vanished) must not block the circuit forever.
            case HALF_OPEN -> {
                if (trialInFlight && now - trialStartedAt < openNanos) {
                    yield false;
                }
                trialInFlight = true;
                trialStartedAt = now;
                yield true;
            }
        };
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    /**
     * An outcome that says nothing about the service (a connection cut while the client's body was
     * still being sent): the state stays, but a half-open circuit may try again at once.
     */
    public synchronized void onInconclusive() {
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
            trialInFlight = false;
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && nanoClock.getAsLong() - openedAt >= openNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }

    /** Whole seconds until a trial request will be let through (at least 1). */
    public synchronized long retryAfterSeconds() {
        long remaining = state == State.OPEN ? openNanos - (nanoClock.getAsLong() - openedAt) : openNanos;
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }
}
