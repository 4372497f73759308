package org.twintowns.commons.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is larger than {@code quarkus.http.limits.max-body-size}
 * with a 413 problem before anything reads it (Quarkus itself would answer with an empty 413).
 */
@ApplicationScoped
public class BodyLimitFilter {

    /** After the request id filter, before everything else. */
    static final int PRIORITY = 9_000;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void register(@Observes Filters filters) {
        maxBodySize.ifPresent(limit -> filters.register(ctx -> check(ctx, limit.asLongValue(), "this service"), PRIORITY));
    }

    /** Refuses the request with 413 if its declared body is over {@code limit}, the limit of {@code what}; else next. */
    static void check(RoutingContext ctx, long limit, String what) {
        String declared = ctx.request().getHeader("Content-Length");
        if (declared != null && isLarger(declared, limit)) {
            HttpServerRequest request = ctx.request();
            if (request.version() != HttpVersion.HTTP_2) {
                // The announced body stays unread, so the connection cannot carry another request:
                // say so, and close it once the answer is out (HTTP/2 ends just the stream).
                ctx.response().putHeader("Connection", "close");
                ctx.response().endHandler(v -> request.connection().close());
            }
            ProblemResponses.write(ctx.request(), ProblemType.forStatus(413).problem(413,
                    "The request body is larger than the " + limit + " bytes " + what + " accepts; nothing was stored."));
            return;
        }
        ctx.next();
    }

    private static boolean isLarger(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            // A malformed Content-Length is rejected by the HTTP codec itself.
            return false;
        }
    }
}
