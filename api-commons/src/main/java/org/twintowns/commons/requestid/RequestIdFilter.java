package org.twintowns.commons.requestid;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.MDC;

/**
 * Gives every request an id before anything else sees it: the client's {@code X-Request-ID}
 * when sane, a new one otherwise. The id replaces the incoming header (so the gateway passes it
 * on and resources read one normalised value), is echoed on the response and lands in the MDC of
 * the request's Vert.x context, which Quarkus carries to worker threads. When the request is traced,
 * its server span records the id too (as OpenTelemetry's semantic conventions name a request
 * header), so a trace and the log lines of its request find each other both ways.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Runs before CORS, security and every route. */
    static final int PRIORITY = 10_000;

    /** {@code http.request.header.<lower-case name>}: OpenTelemetry's attribute for a request header. */
    static final AttributeKey<List<String>> SPAN_ATTRIBUTE =
            AttributeKey.stringArrayKey("http.request.header." + RequestIds.HEADER.toLowerCase(Locale.ROOT));

    void register(@Observes Filters filters) {
        filters.register(RequestIdFilter::handle, PRIORITY);
    }

    static void handle(RoutingContext ctx) {
        String id = RequestIds.acceptOrGenerate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.request().headers().set(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        Span span = Span.current();
        if (span.isRecording()) {
            span.setAttribute(SPAN_ATTRIBUTE, List.of(id));
        }
        // Set at the very end so that a proxied response's copy of the header never duplicates it.
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(RequestIds.HEADER, id));
        ctx.next();
    }
}
