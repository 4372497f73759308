package org.twintowns.commons.problem;

import io.quarkus.arc.All;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request body limits per route, in an application where some routes (uploads, imports: each a
 * {@link LargeBodyRoute} bean) take large bodies: every other route keeps
 * {@code twintowns.http.max-body-size} (1 MiB), so that no JSON write reads megabytes because an
 * upload elsewhere needs them. A body declared larger is refused with a 413 problem before anything
 * reads it; one sent in chunks is cut off at the limit by Quarkus REST, which also answers 413. The
 * transport ceiling {@code quarkus.http.limits.max-body-size}, which Quarkus and {@link BodyLimitFilter}
 * apply to every route alike, must therefore be at least the largest route's limit: the application
 * refuses to start otherwise. An application without large routes has the ceiling alone.
 */
@ApplicationScoped
public class RouteBodyLimits {

    /** Runs before BodyLimitFilter (9000), after the request id filter (10000). */
    static final int PRIORITY = 9_100;
    /** Quarkus REST reads a body without Content-Length (chunked) up to the size stored under this key. */
    static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";

    @ConfigProperty(name = "twintowns.http.max-body-size", defaultValue = "1M")
    MemorySize defaultLimit;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize ceiling;

    @Inject
    @All
    List<LargeBodyRoute> routes;

    void register(@Observes Filters filters) {
        if (routes.isEmpty()) {
            return;
        }
        for (LargeBodyRoute route : routes) {
            if (ceiling.asLongValue() < route.limit()) {
                throw new IllegalStateException("quarkus.http.limits.max-body-size (" + ceiling.asLongValue()
                        + " bytes) must be at least the limit of " + route.method() + " " + route.path()
                        + " (" + route.limit() + " bytes), or no body of that size could be sent to it");
            }
        }
        filters.register(this::checkDeclared, PRIORITY);
    }

    /** After Quarkus stored its own (larger) limit for bodies without Content-Length, at order -2. */
    void registerChunked(@Observes Router router) {
        if (routes.isEmpty()) {
            return;
        }
        router.route().order(-1).handler(ctx -> {
            if (ctx.get(MAX_REQUEST_SIZE_KEY) != null) {
                ctx.put(MAX_REQUEST_SIZE_KEY, limitOf(ctx));
            }
            ctx.next();
        });
    }

    long limitOf(RoutingContext ctx) {
        for (LargeBodyRoute route : routes) {
            if (route.matches(ctx.request().method(), ctx.request().path())) {
                return route.limit();
            }
        }
        return Math.min(defaultLimit.asLongValue(), ceiling.asLongValue());
    }

    private void checkDeclared(RoutingContext ctx) {
        BodyLimitFilter.check(ctx, limitOf(ctx), "this route");
    }
}
