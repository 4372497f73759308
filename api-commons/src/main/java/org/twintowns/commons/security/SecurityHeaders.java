package org.twintowns.commons.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Browser hardening headers on every response, also on those the HTTP layer writes itself (404
 * fallback, 413, failures): no MIME sniffing, no framing, no referrer, a Content-Security-Policy
 * that lets an API response load nothing, and {@code Cache-Control: private, no-store} on answers
 * to requests that carry credentials, since those may hold non-public data (drafts, embargoed news,
 * registrations). A header a resource set itself is kept, but never one that lets a shared cache
 * keep such an answer ({@code public}): public reads get theirs from
 * {@link org.twintowns.commons.http.PublicCaching}.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** An API response is data, never a document: it may load nothing and be framed by no one. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /**
     * Swagger UI is a page of its own scripts and styles plus one inline start-up script; it reads
     * the OpenAPI document and sends "try it out" requests to this origin only.
     */
    public static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    /** An answer that depends on who asks: no cache keeps it, and only the client's own could. */
    public static final String PRIVATE = "private, no-store";

    /** After the request id filter, before the body limit, so that every answer gets the headers. */
    static final int PRIORITY = 9_500;

    @ConfigProperty(name = "quarkus.swagger-ui.path", defaultValue = "/q/swagger-ui")
    String swaggerUiPath;

    /** The Swagger UI path without a trailing slash, and the prefix of the paths under it. */
    private String ui;
    private String underUi;

    void register(@Observes Filters filters) {
        ui = swaggerUiPath.endsWith("/") ? swaggerUiPath.substring(0, swaggerUiPath.length() - 1) : swaggerUiPath;
        underUi = ui + "/";
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        String policy = policyFor(ctx.normalizedPath());
        boolean credentials = ctx.request().headers().contains("Authorization");
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
            setIfAbsent(headers, "X-Frame-Options", "DENY");
            setIfAbsent(headers, "Referrer-Policy", "no-referrer");
            if (policy != null) {
                setIfAbsent(headers, "Content-Security-Policy", policy);
            }
            if (credentials && sharedCacheMayKeep(headers.get("Cache-Control"))) {
                headers.set("Cache-Control", PRIVATE);
            }
        });
        ctx.next();
    }

    /** The policy for a path; null where a development tool needs a browser's full powers. */
    String policyFor(String path) {
        if (path.equals(ui) || path.startsWith(underUi)) {
            return SWAGGER_UI_POLICY;
        }
        // The Dev UI exists in dev mode only and loads what it likes.
        if (path.startsWith("/q/dev-ui")) {
            return null;
        }
        return API_POLICY;
    }

    private static boolean sharedCacheMayKeep(String cacheControl) {
        if (cacheControl == null) {
            return true;
        }
        // RFC 9111 section 3.5: what lets a shared cache keep an answer to a request with Authorization.
        String lower = cacheControl.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("public") || lower.contains("s-maxage") || lower.contains("must-revalidate");
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
