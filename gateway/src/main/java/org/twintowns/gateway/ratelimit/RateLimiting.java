package org.twintowns.gateway.ratelimit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.redis.client.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.gateway.EdgeOrder;
import org.twintowns.gateway.auth.EdgeAuthentication;
import org.twintowns.gateway.config.GatewayConfig;
import org.twintowns.gateway.proxy.CircuitBreaker;

/**
 * Limits requests under /api/v1 per client: the subject of a valid token, otherwise the remote
 * address (the connection's, or the client's as a trusted proxy named it in X-Forwarded-For when
 * TT_GATEWAY_TRUSTED_PROXIES lists that proxy; nobody else's forwarding header counts). Every answer
 * carries the RateLimit headers of draft-ietf-httpapi-ratelimit-headers-07; over the limit it is 429. With
 * {@code quarkus.redis.hosts} set the windows are counted in Redis, so that all replicas share one
 * limit, and in memory while Redis fails ({@link WindowStore}).
 */
@ApplicationScoped
public class RateLimiting {

    static final ProblemType TOO_MANY_REQUESTS = ProblemType.of("rate-limited", "Too many requests");

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    MeterRegistry metrics;

    /** The Quarkus Redis client; asked for only when Redis is configured (TT_REDIS_URL). */
    @Inject
    Instance<Redis> redisClient;

    @ConfigProperty(name = "quarkus.redis.hosts")
    Optional<List<URI>> redisHosts;

    private WindowStore store;
    private long evictionTimer = -1;
    /** The header values that stay the same for a kind of client, made once, not per request. */
    private Headers anonymous;
    private Headers authenticated;

    private record Headers(int limit, String limitValue, String policyValue) {
        static Headers of(int limit, long windowSeconds) {
            return new Headers(limit, String.valueOf(limit), limit + ";w=" + windowSeconds);
        }
    }

    void mount(@Observes Router router) {
        GatewayConfig.RateLimit limits = config.rateLimit();
        if (!limits.enabled()) {
            return;
        }
        long windowMillis = limits.window().toMillis();
        anonymous = Headers.of(limits.anonymous(), limits.window().toSeconds());
        authenticated = Headers.of(limits.authenticated(), limits.window().toSeconds());
        store = store(limits, windowMillis);
        evictionTimer = vertx.setPeriodic(windowMillis, id -> store.evictExpired(System.currentTimeMillis()));
        registerMetrics(store);
        router.route("/api/v1/*").order(EdgeOrder.RATE_LIMIT).handler(this::handle);
    }

    /** Where the windows are counted, for the health check; null when requests are not limited. */
    WindowStore store() {
        return store;
    }

    private WindowStore store(GatewayConfig.RateLimit limits, long windowMillis) {
        FixedWindowCounter local = new FixedWindowCounter(windowMillis);
        if (redisHosts.isEmpty()) {
            return new WindowStore(local);
        }
        GatewayConfig.Redis redis = limits.redis();
        return new WindowStore(local,
                new RedisWindowCounter(redisClient.get(), windowMillis, redis.timeout().toMillis(), redis.keyPrefix()),
                new CircuitBreaker(redis.failureThreshold(), redis.retryAfter().toNanos(), System::nanoTime));
    }

    /**
     * {@code twintowns_rate_limit_store{store="redis"|"local"}}: 1 where requests are counted now;
     * {@code twintowns_rate_limit_fallbacks_total}: requests counted in memory because Redis failed.
     */
    private void registerMetrics(WindowStore windows) {
        for (WindowStore.Counting counting : WindowStore.Counting.values()) {
            Gauge.builder("twintowns.rate.limit.store", windows, w -> w.counting() == counting ? 1 : 0)
                    .tag("store", counting.name().toLowerCase())
                    .description("1 where the gateway counts rate-limit windows now: redis (shared) or local (this replica)")
                    .register(metrics);
        }
        FunctionCounter.builder("twintowns.rate.limit.fallbacks", windows, WindowStore::fallbacks)
                .description("Requests counted in this gateway's memory because Redis failed or was left alone after failing")
                .register(metrics);
    }

    void stop(@Observes ShutdownEvent event) {
        if (evictionTimer != -1) {
            vertx.cancelTimer(evictionTimer);
        }
    }

    private void handle(RoutingContext ctx) {
        String subject = ctx.get(EdgeAuthentication.SUBJECT);
        String key;
        Headers kind;
        if (subject != null) {
            key = "sub:" + subject;
            kind = authenticated;
        } else {
            key = "addr:" + (ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress());
            kind = anonymous;
        }
        // Complete at once when counted in memory; after Redis's answer (or its time limit) otherwise.
        store.acquire(key, kind.limit()).onSuccess(decision -> apply(ctx, kind, decision));
    }

    private void apply(RoutingContext ctx, Headers kind, FixedWindowCounter.Decision decision) {
        if (ctx.response().closed()) {
            // The client went away while Redis counted: nothing to answer, nothing to forward.
            return;
        }
        GatewayConfig.RateLimit limits = config.rateLimit();
        MultiMap headers = ctx.response().headers();
        headers.set("RateLimit-Limit", kind.limitValue());
        headers.set("RateLimit-Remaining", String.valueOf(decision.remaining()));
        headers.set("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        headers.set("RateLimit-Policy", kind.policyValue());
        if (decision.allowed()) {
            ctx.next();
            return;
        }
        headers.set("Retry-After", String.valueOf(decision.resetSeconds()));
        ProblemResponses.write(ctx.request(), TOO_MANY_REQUESTS.problem(429,
                "More than " + decision.limit() + " requests in " + limits.window().toSeconds()
                        + " seconds. Try again in " + decision.resetSeconds() + " seconds."));
    }
}
