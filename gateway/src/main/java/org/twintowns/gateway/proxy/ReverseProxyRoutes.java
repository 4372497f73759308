package org.twintowns.gateway.proxy;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.gateway.EdgeOrder;
import org.twintowns.gateway.config.GatewayConfig;

/**
 * Mounts the reverse proxy on the HTTP router: every request under {@code /api/v1/} whose path
 * belongs to a configured service is streamed to it by the {@link Forwarder}, unless its path is
 * ambiguous or the service's circuit breaker is open. Paths no service owns fall through to the
 * 404 problem route.
 */
@ApplicationScoped
public class ReverseProxyRoutes {

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    RouteTable routes;

    @Inject
    CircuitBreakers breakers;

    @Inject
    PublicBaseUrl publicBaseUrl;

    /** Quarkus's own default when unset: two per processor. */
    @ConfigProperty(name = "quarkus.vertx.event-loops-pool-size")
    Optional<Integer> eventLoops;

    private Forwarder forwarder;

    void mount(@Observes Router router) {
        // Per event loop (Forwarder), so each loop has its share of the connections per service.
        int loops = Math.max(1, eventLoops.orElse(2 * Runtime.getRuntime().availableProcessors()));
        forwarder = new Forwarder(vertx,
                new HttpClientOptions()
                        .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(Math.max(1, config.proxy().maxConnectionsPerService() / loops)),
                publicBaseUrl);
        router.route("/api/v1/*").order(EdgeOrder.PROXY).handler(this::handle);
    }

    void close(@Observes ShutdownEvent shutdown) {
        if (forwarder != null) {
            forwarder.close();
        }
    }

    private void handle(RoutingContext ctx) {
        // A path with dot segments or doubled slashes could mean one service to the gateway and
        // another resource to the service ("/api/v1/news/../../q/metrics"): refuse it.
        if (!ctx.normalizedPath().equals(ctx.request().path())) {
            ProblemResponses.write(ctx.request(), ProblemType.forStatus(400).problem(400,
                    "The path must not contain dot segments, doubled slashes or needlessly encoded characters."));
            return;
        }
        var entry = routes.match(ctx.request().path());
        if (entry.isEmpty()) {
            ctx.next();
            return;
        }
        String service = entry.get().service();
        CircuitBreaker breaker = breakers.of(service);
        if (!breaker.tryAcquire()) {
            long retryAfter = breaker.retryAfterSeconds();
            ctx.response().putHeader("Retry-After", String.valueOf(retryAfter));
            ProblemResponses.write(ctx.request(), ProblemType.UPSTREAM_UNAVAILABLE.problem(503,
                    "The " + service + " service is failing; the gateway stopped sending it requests for a while. "
                            + "Try again in " + retryAfter + " seconds."));
            return;
        }
        forwarder.forward(ctx.request(), entry.get(), breaker);
    }
}
