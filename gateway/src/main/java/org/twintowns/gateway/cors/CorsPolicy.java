package org.twintowns.gateway.cors;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.gateway.EdgeOrder;
import org.twintowns.gateway.config.GatewayConfig;

/**
 * CORS for browser frontends, decided at the gateway: preflights are answered here and never
 * reach a service; answers to allowed origins name that origin (never {@code *} together with
 * credentials); other origins get no CORS headers, so browsers keep the answer from their scripts.
 */
@ApplicationScoped
public class CorsPolicy {

    static final ProblemType ORIGIN_NOT_ALLOWED = ProblemType.of("origin-not-allowed", "Origin not allowed");

    @Inject
    GatewayConfig config;

    private Set<String> origins;
    private boolean anyOrigin;

    void mount(@Observes Router router) {
        GatewayConfig.Cors cors = config.cors();
        origins = Set.copyOf(cors.origins().orElse(List.of()).stream().map(CorsPolicy::trimSlash).toList());
        anyOrigin = origins.contains("*");
        if (anyOrigin && cors.allowCredentials()) {
            // Browsers refuse "*" with credentials anyway; echoing every origin instead would let any site act for the user.
            throw new IllegalStateException("gateway.cors.origins=* cannot be combined with gateway.cors.allow-credentials=true");
        }
        router.route().order(EdgeOrder.CORS).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        MultiMap headers = ctx.response().headers();
        // Always: a cache must not hand an answer made for no origin (or another) to a browser's request.
        headers.add("Vary", "Origin");
        String origin = request.getHeader("Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        boolean preflight = request.method() == HttpMethod.OPTIONS
                && request.getHeader("Access-Control-Request-Method") != null;
        if (!anyOrigin && !origins.contains(origin)) {
            if (preflight) {
                ProblemResponses.write(request, ORIGIN_NOT_ALLOWED.problem(403,
                        "Cross-origin requests from " + origin + " are not allowed."));
            } else {
                ctx.next();
            }
            return;
        }
        GatewayConfig.Cors cors = config.cors();
        headers.set("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
        if (cors.allowCredentials()) {
            headers.set("Access-Control-Allow-Credentials", "true");
        }
        if (preflight) {
            headers.set("Access-Control-Allow-Methods", String.join(", ", cors.methods()));
            headers.set("Access-Control-Allow-Headers", String.join(", ", cors.headers()));
            headers.set("Access-Control-Max-Age", String.valueOf(cors.maxAge().toSeconds()));
            ctx.response().setStatusCode(204).end();
            return;
        }
        headers.set("Access-Control-Expose-Headers", String.join(", ", cors.exposedHeaders()));
        ctx.next();
    }

    private static String trimSlash(String origin) {
        String trimmed = origin.trim();
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
