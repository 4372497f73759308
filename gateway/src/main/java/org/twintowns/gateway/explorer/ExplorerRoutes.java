package org.twintowns.gateway.explorer;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.twintowns.commons.http.ETags;
import org.twintowns.gateway.EdgeOrder;
import org.twintowns.gateway.config.GatewayConfig;

/**
 * The explorer page (module explorer, docs/explorer.md) at {@code /explore/}: its files from the
 * classpath, with their own caching and a Content-Security-Policy for a page, which the API's
 * ({@code default-src 'none'}) would forbid. Nothing under {@code /api/v1} is affected: the page
 * calls the API like any other client of this origin. A path that names no file of the build, or a
 * build without the explorer ({@code -Dnode.skip}), falls through to the gateway's 404 problem.
 */
@ApplicationScoped
public class ExplorerRoutes {

    /**
     * The page loads its own scripts, styles, images and the country outlines, and calls the API,
     * all from this origin; no inline script or style, no plugin, no frame, no form elsewhere.
     */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String PREFIX = "/explore/";

    /**
     * Path segments of letters, digits, {@code .}, {@code _} and {@code -}, none starting with a dot
     * (so no {@code ..}), the last with an extension: what Vite emits, and nothing that climbs out.
     */
    private static final Pattern FILE = Pattern.compile("([A-Za-z0-9_-][A-Za-z0-9._-]*/){0,3}[A-Za-z0-9_-][A-Za-z0-9._-]*\\.[a-z0-9]+");

    private final String root;
    private final Map<String, ExplorerFile> files = new ConcurrentHashMap<>();

    public ExplorerRoutes(GatewayConfig config) {
        this.root = config.explorer().classpathRoot();
    }

    void mount(@Observes Router router) {
        router.routeWithRegex("/explore").method(HttpMethod.GET).method(HttpMethod.HEAD).order(EdgeOrder.EXPLORER)
                .handler(this::redirect);
        router.route(PREFIX + "*").method(HttpMethod.GET).method(HttpMethod.HEAD).order(EdgeOrder.EXPLORER)
                .handler(this::serve);
    }

    /** The page's relative links resolve against /explore/, not against /. */
    private void redirect(RoutingContext ctx) {
        String query = ctx.request().query();
        ctx.response().setStatusCode(301)
                .putHeader(HttpHeaders.LOCATION, query == null ? PREFIX : PREFIX + "?" + query)
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                .end();
    }

    private void serve(RoutingContext ctx) {
        String name = ctx.normalizedPath().substring(PREFIX.length());
        Optional<ExplorerFile> file = find(name.isEmpty() ? "index.html" : name);
        if (file.isEmpty()) {
            ctx.next();
            return;
        }
        write(ctx, file.get());
    }

    Optional<ExplorerFile> find(String name) {
        if (!FILE.matcher(name).matches() || ExplorerFile.typeOf(name).isEmpty()) {
            return Optional.empty();
        }
        ExplorerFile known = files.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        return read(name).map(body -> files.computeIfAbsent(name, n -> ExplorerFile.of(n, body)));
    }

    private Optional<byte[]> read(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(root + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root + "/" + name + " from the classpath", e);
        }
    }

    private static void write(RoutingContext ctx, ExplorerFile file) {
        HttpServerResponse response = ctx.response();
        response.putHeader(HttpHeaders.CACHE_CONTROL, file.cacheControl())
                .putHeader(HttpHeaders.ETAG, file.etag())
                .putHeader("Content-Security-Policy", PAGE_POLICY);
        if (file.gzip() != null) {
            response.putHeader(HttpHeaders.VARY, "Accept-Encoding");
        }
        if (ETags.namedIn(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), file.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        boolean gzip = file.gzip() != null && acceptsGzip(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
        byte[] body = gzip ? file.gzip() : file.body();
        response.putHeader(HttpHeaders.CONTENT_TYPE, file.contentType())
                .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
        // Set explicitly, so that Vert.x neither compresses the gzip form again nor the plain one at all.
        response.putHeader(HttpHeaders.CONTENT_ENCODING, gzip ? "gzip" : HttpHeaders.IDENTITY.toString());
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    /** gzip named in Accept-Encoding and not refused with q=0 (RFC 9110, 12.5.3). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            String token = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (token.equals("gzip") || token.equals("x-gzip") || token.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].trim().replace(" ", "");
                    if (parameter.matches("[qQ]=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
