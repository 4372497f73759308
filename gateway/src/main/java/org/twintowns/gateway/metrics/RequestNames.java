package org.twintowns.gateway.metrics;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.twintowns.gateway.EdgeOrder;
import org.twintowns.gateway.openapi.MergedContract;

/**
 * Names the requests the gateway forwards or composes after the operation of the merged contract
 * they address, for the {@code uri} tag of {@code http_server_requests_seconds} in /q/metrics:
 * {@code /api/v1/municipalities/by-ags/{ags}}, not {@code /api/v1/municipalities/by-ags/16053000}.
 *
 * <p>Without a name, Quarkus tags a request the gateway does not answer with Quarkus REST by its
 * raw path: one time series per municipality, event and news item asked for, until the default cap
 * of 100 paths stops all further counting. The services name their own requests by their resource
 * templates; the gateway knows theirs from the contract it serves. A path that is in no contract
 * keeps no name: Quarkus counts its 404 as {@code NOT_FOUND}.
 */
@ApplicationScoped
public class RequestNames {

    /** The context local under which Quarkus's HTTP metrics look for a request's template. */
    private static final String TEMPLATE_KEY = "UrlPathTemplate";

    private final PathTemplates templates;

    RequestNames() {
        this(new PathTemplates(MergedContract.paths()));
    }

    RequestNames(PathTemplates templates) {
        this.templates = templates;
    }

    void mount(@Observes Router router) {
        router.route("/api/v1/*").order(EdgeOrder.NAME).handler(this::name);
    }

    /** Tags the request with its template, when its path fits one. */
    void name(RoutingContext ctx) {
        String template = templates.match(ctx.request().path());
        if (template != null) {
            ((HttpServerRequestInternal) ctx.request()).context().putLocal(TEMPLATE_KEY, template);
        }
        ctx.next();
    }
}
