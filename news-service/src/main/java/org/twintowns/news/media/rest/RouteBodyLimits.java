package org.twintowns.news.media.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.twintowns.commons.problem.ProblemResponses;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.news.media.MediaConfig;

/**
 * Request body limits per route. Only the image upload takes large bodies (one image plus its
 * form fields); every other route keeps {@code news.http.max-body-size} (1 MiB). The transport
 * ceiling {@code quarkus.http.limits.max-body-size}, which Quarkus and api-commons'
 * {@code BodyLimitFilter} apply to every route alike, must therefore be at least the upload limit;
 * the service refuses to start otherwise.
 */
@ApplicationScoped
public class RouteBodyLimits {

    /** Runs before api-commons' BodyLimitFilter (9000), after the request id filter (10000). */
    static final int PRIORITY = 9_100;
    /** Room for the form fields and the multipart framing next to the image. */
    static final long FORM_ALLOWANCE = 64 * 1024;
    /** Quarkus REST reads a body without Content-Length (chunked) up to the size stored under this key. */
    static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";
    private static final Pattern UPLOAD = Pattern.compile("/api/v1/news/[^/]+/media/?");

    /** The body limit of every route but the upload. */
    @ConfigMapping(prefix = "news.http")
    public interface Limits {

        /** The largest request body any route but the image upload accepts. */
        @WithDefault("1M")
        MemorySize maxBodySize();
    }

    @Inject
    MediaConfig media;

    @Inject
    Limits limits;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize ceiling;

    void register(@Observes Filters filters) {
        long upload = uploadLimit();
        if (ceiling.asLongValue() < upload) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size (" + ceiling.asLongValue()
                    + " bytes) must be at least news.media.max-size plus " + FORM_ALLOWANCE + " bytes of form fields ("
                    + upload + " bytes), or no image of the largest allowed size could be uploaded");
        }
        filters.register(this::checkDeclared, PRIORITY);
    }

    /** After Quarkus stored its own (larger) limit for bodies without Content-Length, at order -2. */
    void registerChunked(@Observes Router router) {
        router.route().order(-1).handler(ctx -> {
            if (ctx.get(MAX_REQUEST_SIZE_KEY) != null) {
                ctx.put(MAX_REQUEST_SIZE_KEY, limitOf(ctx));
            }
            ctx.next();
        });
    }

    long uploadLimit() {
        return media.maxSize().asLongValue() + FORM_ALLOWANCE;
    }

    long limitOf(RoutingContext ctx) {
        boolean upload = ctx.request().method() == HttpMethod.POST && UPLOAD.matcher(ctx.request().path()).matches();
        return upload ? uploadLimit() : limits.maxBodySize().asLongValue();
    }

    private void checkDeclared(RoutingContext ctx) {
        String declared = ctx.request().getHeader("Content-Length");
        long limit = limitOf(ctx);
        if (declared != null && isLarger(declared, limit)) {
            ctx.response().putHeader("Connection", "close");
            ProblemResponses.write(ctx.request(), ProblemType.forStatus(413).problem(413,
                    "The request body is larger than the " + limit + " bytes this route accepts; nothing was stored."));
            return;
        }
        ctx.next();
    }

    private static boolean isLarger(String declared, long limit) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            // A malformed Content-Length is refused by the HTTP codec itself.
            return false;
        }
    }
}
