package org.twintowns.gateway.catalog;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.PublicBaseUrl;
import org.twintowns.commons.http.PublicCaching;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.gateway.EdgeOrder;

/**
 * {@code GET /api/v1/catalog}: the DCAT-AP.de catalogue of the platform's open data ({@link Catalog}),
 * answered by the gateway, whose public address every download URL starts with. It changes only with
 * a release or the public address, so it is cached like the maps, and revalidated by a digest.
 */
@ApplicationScoped
public class CatalogRoutes {

    @Inject
    PublicBaseUrl publicUrl;

    void mount(@Observes Router router) {
        router.get(Catalog.PATH).order(EdgeOrder.CATALOG).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (!ctx.request().params().isEmpty()) {
            ProblemResponses.write(ctx.request(), ProblemType.VALIDATION_FAILED.problem(400,
                    "The catalogue takes no query parameters; " + String.join(", ", ctx.request().params().names())
                            + " is not one."));
            return;
        }
        byte[] body = Catalog.of(publicUrl.base(ctx.request())).encode().getBytes(StandardCharsets.UTF_8);
        String etag = ETags.weakOfContent(body, body.length);
        ctx.response().putHeader("Cache-Control", PublicCaching.MAP).putHeader("ETag", etag);
        if (ETags.namedIn(ctx.request().getHeader("If-None-Match"), etag)) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader("Content-Type", Catalog.MEDIA_TYPE).end(Buffer.buffer(body));
    }
}
