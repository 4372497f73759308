package org.twintowns.gateway.ratelimit;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.gateway.EdgeOrder;
import org.twintowns.gateway.auth.EdgeAuthentication;
import org.twintowns.gateway.config.GatewayConfig;

/**
 * Limits requests under /api/v1 per client: the subject of a valid token, otherwise the remote
 * address (the gateway is the edge and trusts no forwarding header). Every answer carries the
 * RateLimit headers of draft-ietf-httpapi-ratelimit-headers-07; over the limit it is 429.
 */
@ApplicationScoped
public class RateLimiting {

    static final ProblemType TOO_MANY_REQUESTS = ProblemType.of("rate-limited", "Too many requests");

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    private FixedWindowCounter counter;
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
        counter = new FixedWindowCounter(windowMillis);
        evictionTimer = vertx.setPeriodic(windowMillis, id -> counter.evictExpired(System.currentTimeMillis()));
        router.route("/api/v1/*").order(EdgeOrder.RATE_LIMIT).handler(this::handle);
    }

    void stop(@Observes ShutdownEvent event) {
        if (evictionTimer != -1) {
            vertx.cancelTimer(evictionTimer);
        }
    }

    private void handle(RoutingContext ctx) {
        GatewayConfig.RateLimit limits = config.rateLimit();
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
        FixedWindowCounter.Decision decision = counter.acquire(key, kind.limit(), System.currentTimeMillis());
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
