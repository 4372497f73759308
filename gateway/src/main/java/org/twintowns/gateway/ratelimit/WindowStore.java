package org.twintowns.gateway.ratelimit;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;
import org.twintowns.gateway.proxy.CircuitBreaker;

/**
 * Where the rate-limit windows are counted: in Redis when it is configured, shared by every gateway
 * replica, otherwise in this gateway's memory. A Redis that fails or does not answer in time never
 * stops a request: it is counted in memory instead (each replica then limits on its own, as without
 * Redis, but no client is unlimited), and after a run of failures Redis is left alone for a while
 * (a {@link CircuitBreaker}) before one request tries it again. What the store is doing is told to
 * the health check and the metrics ({@link #counting()}, {@link #fallbacks()}).
 */
final class WindowStore {

    /** Where requests are counted now. */
    enum Counting { REDIS, LOCAL }

    /** The last failure of Redis, while it lasts. */
    record Degradation(String reason, Instant since) {
    }

    private static final Logger LOG = Logger.getLogger(WindowStore.class);

    private final FixedWindowCounter local;
    private final RedisWindowCounter redis;
    private final CircuitBreaker redisCircuit;
    private volatile Degradation degradation;
    private final LongAdder fallbacks = new LongAdder();

    /** Counting in memory only. */
    WindowStore(FixedWindowCounter local) {
        this(local, null, null);
    }

    /** Counting in Redis, in memory while Redis fails. */
    WindowStore(FixedWindowCounter local, RedisWindowCounter redis, CircuitBreaker redisCircuit) {
        this.local = local;
        this.redis = redis;
        this.redisCircuit = redisCircuit;
    }

    /**
     * Counts one request of {@code key}. The future never fails, and without Redis it is complete at
     * once, so the caller goes on on the same event loop without a hop.
     */
    Future<FixedWindowCounter.Decision> acquire(String key, int limit) {
        if (redis == null) {
            return Future.succeededFuture(local.acquire(key, limit, System.currentTimeMillis()));
        }
        if (!redisCircuit.tryAcquire()) {
            return Future.succeededFuture(locally(key, limit));
        }
        return redis.acquire(key, limit).transform(counted -> {
            if (counted.succeeded()) {
                redisAnswered();
                return Future.succeededFuture(counted.result());
            }
            redisFailed(counted.cause());
            return Future.succeededFuture(locally(key, limit));
        });
    }

    /** Whether Redis is configured: the limit is meant to be shared by all replicas. */
    boolean shared() {
        return redis != null;
    }

    /** Where the last request was counted: locally when Redis is not configured or its last answer failed. */
    Counting counting() {
        return redis == null || degradation != null ? Counting.LOCAL : Counting.REDIS;
    }

    /** Why the store counts locally although Redis is configured; null while Redis answers. */
    Degradation degradation() {
        return degradation;
    }

    /** Requests counted in memory because Redis failed or was being left alone after failing. */
    long fallbacks() {
        return fallbacks.sum();
    }

    /** Forgets local windows that have ended. */
    void evictExpired(long nowMillis) {
        local.evictExpired(nowMillis);
    }

    private FixedWindowCounter.Decision locally(String key, int limit) {
        fallbacks.increment();
        return local.acquire(key, limit, System.currentTimeMillis());
    }

    private void redisAnswered() {
        redisCircuit.onSuccess();
        if (degradation != null) {
            LOG.infof("Redis answers again: rate limits are shared by the gateway replicas again (counted locally since %s)",
                    degradation.since());
            degradation = null;
        }
    }

    private void redisFailed(Throwable failure) {
        redisCircuit.onFailure();
        String reason = failure instanceof TimeoutException
                ? "no answer from Redis in time"
                : "Redis failed: " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        Degradation before = degradation;
        degradation = new Degradation(reason, before == null ? Instant.now() : before.since());
        if (before == null) {
            LOG.warnf("Counting rate limits in this gateway's memory, per replica, until Redis answers again: %s", reason);
        }
    }
}
