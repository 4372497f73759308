package org.twintowns.gateway.ratelimit;

import io.vertx.core.Future;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.concurrent.TimeUnit;

/**
 * Counts requests per key in fixed windows kept in Redis, so that every gateway replica that uses the
 * same Redis counts into the same window. A window starts with a key's first request, as in
 * {@link FixedWindowCounter}: its key is created with the window's length as its time to live and
 * disappears with it.
 */
final class RedisWindowCounter {

    /**
     * Increments the key and, on its first request, gives it the window's length to live, in one step:
     * a script runs atomically in Redis, so no replica can see a key without its expiry, and a key never
     * outlives its window. A key found without an expiry (written by something else) gets one. Returns
     * the count and the milliseconds the window has left.
     */
    static final String SCRIPT = """
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if count == 1 or ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """;

    private final Redis redis;
    private final long windowMillis;
    private final long timeoutMillis;
    private final String keyPrefix;

    RedisWindowCounter(Redis redis, long windowMillis, long timeoutMillis, String keyPrefix) {
        this.redis = redis;
        this.windowMillis = windowMillis;
        this.timeoutMillis = timeoutMillis;
        this.keyPrefix = keyPrefix;
    }

    /** Counts one request of {@code key}; fails when Redis does not answer within the time limit. */
    Future<FixedWindowCounter.Decision> acquire(String key, int limit) {
        // EVAL each time: Redis keeps the compiled script by its digest, and the script is short, so
        // EVALSHA would save a few dozen bytes per request at the price of a NOSCRIPT retry path.
        Request eval = Request.cmd(Command.EVAL).arg(SCRIPT).arg(1).arg(keyPrefix + key).arg(windowMillis);
        return redis.send(eval)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .map(reply -> decision(reply, limit));
    }

    private static FixedWindowCounter.Decision decision(Response reply, int limit) {
        long count = reply.get(0).toLong();
        long resetMillis = reply.get(1).toLong();
        return FixedWindowCounter.Decision.of(count, limit, resetMillis);
    }
}
