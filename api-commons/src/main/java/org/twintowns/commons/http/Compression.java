package org.twintowns.commons.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which answers Vert.x compresses (with {@code quarkus.http.enable-compression}, when the client
 * accepts gzip), decided once for every answer, those of plain Vert.x routes (the gateway's
 * dossier) too: a text format of the API ({@code quarkus.http.compress-media-types}) of unknown
 * length or at least {@code twintowns.http.compression-threshold} bytes. Smaller ones go as they
 * are (gzip's header and a round of CPU buy nothing under a packet), and an answer that already has
 * a {@code Content-Encoding} (a service's gzip passed on by the gateway) is never compressed again.
 * Every text answer says {@code Vary: Accept-Encoding}, so that a cache keeps the two forms apart.
 */
@ApplicationScoped
public class Compression {

    /** Before the security headers, so its headers-end step sees what every later one left. */
    static final int PRIORITY = 9_600;
    private static final String IDENTITY = HttpHeaders.IDENTITY.toString();

    private final Set<String> compressed;
    private final long threshold;

    public Compression(@ConfigProperty(name = "quarkus.http.compress-media-types") List<String> types,
            @ConfigProperty(name = "twintowns.http.compression-threshold", defaultValue = "1024") long threshold) {
        this.compressed = Set.copyOf(types);
        this.threshold = threshold;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    void handle(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> decide(ctx.response().headers()));
        ctx.next();
    }

    void decide(MultiMap headers) {
        String encoding = headers.get(HttpHeaders.CONTENT_ENCODING);
        if (encoding != null && !IDENTITY.equals(encoding)) {
            addVary(headers);
            return;
        }
        if (!compressed.contains(baseType(headers.get(HttpHeaders.CONTENT_TYPE)))) {
            return;
        }
        addVary(headers);
        if (worthCompressing(headers.get(HttpHeaders.CONTENT_LENGTH))) {
            // Vert.x compresses what has no Content-Encoding; Quarkus marks every answer identity first.
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        } else {
            headers.set(HttpHeaders.CONTENT_ENCODING, IDENTITY);
        }
    }

    private boolean worthCompressing(String length) {
        if (length == null) {
            return true;
        }
        try {
            return Long.parseLong(length.trim()) >= threshold;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase();
    }

    private static void addVary(MultiMap headers) {
        List<String> vary = headers.getAll(HttpHeaders.VARY);
        for (String value : vary) {
            if (value.toLowerCase().contains("accept-encoding") || value.trim().equals("*")) {
                return;
            }
        }
        String joined = String.join(", ", vary);
        headers.set(HttpHeaders.VARY, joined.isBlank() ? "Accept-Encoding" : joined + ", Accept-Encoding");
    }
}
