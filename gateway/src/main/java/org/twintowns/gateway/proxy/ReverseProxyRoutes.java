package org.twintowns.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.gateway.config.GatewayConfig;

/**
 * Mounts the reverse proxy on the HTTP router: every request under {@code /api/v1/} whose path
 * belongs to a configured service is streamed to it by the Vert.x HTTP proxy, method, headers,
 * status and body unchanged. Paths no service owns fall through to the 404 problem route.
 */
@ApplicationScoped
public class ReverseProxyRoutes {

    /** Before Quarkus REST (order 10 000), which would otherwise answer unknown paths itself. */
    static final int ORDER = 1_000;

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    RouteTable routes;

    @Inject
    CircuitBreakers breakers;

    void mount(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.proxy().maxConnectionsPerService()));
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .origin(new RouteOrigin(routes))
                .addInterceptor(new ForwardingInterceptor())
                .addInterceptor(new GatewayOwnedHeaders())
                .addInterceptor(new UpstreamFailureInterceptor(breakers));
        router.route("/api/v1/*").order(ORDER).handler(ctx -> handle(ctx, proxy));
    }

    private void handle(RoutingContext ctx, HttpProxy proxy) {
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
        streamBodyOfUnknownLength(ctx.request());
        proxy.handle(ctx.request());
    }

    /**
     * The Vert.x proxy streams a body of unknown length (chunked) only when the client's request
     * says {@code Transfer-Encoding: chunked}, which HTTP/2 has no such header for: an HTTP/2 (or
     * h2c-upgraded, as Java's HttpClient does) upload without Content-Length would reach the
     * service with an empty body. Marking it chunked makes the proxy stream it.
     */
    private static void streamBodyOfUnknownLength(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2 && request.getHeader("Content-Length") == null
                && BODY_METHODS.contains(request.method().name())) {
            request.headers().set("Transfer-Encoding", "chunked");
        }
    }
}
