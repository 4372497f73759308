package org.twintowns.commons.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code Date} on every answer, also on those the HTTP layer writes itself: an origin server with
 * a clock must send it (RFC 9110, section 6.6.1), and caches and clients reckon the age of an
 * answer from it. Quarkus sends none. A {@code Date} already set (at the gateway: the service's)
 * is kept.
 */
@ApplicationScoped
public class DateHeader {

    /** Right after the request id filter: every answer gets the header. */
    static final int PRIORITY = 9_900;

    void register(@Observes Filters filters) {
        filters.register(DateHeader::handle, PRIORITY);
    }

    static void handle(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            if (!headers.contains("Date")) {
                headers.set("Date", HttpDates.now());
            }
        });
        ctx.next();
    }
}
