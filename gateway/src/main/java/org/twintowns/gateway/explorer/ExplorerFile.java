package org.twintowns.gateway.explorer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.twintowns.commons.http.ETags;

/**
 * One file of the explorer as it is served: its bytes, their gzip form when that is smaller by
 * enough to matter, its type, tag and how long a browser may keep it. Prepared once, when first
 * asked for: the files are a few hundred kilobytes together and never change while the gateway runs.
 *
 * @param gzip the compressed bytes, or null for a type that is compressed already (PNG) or a file
 *     too small to gain
 */
record ExplorerFile(byte[] body, byte[] gzip, String contentType, String etag, String cacheControl) {

    /** Vite names what it emits under assets/ after a hash of the content: a new build, a new name. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** The page itself (and the icon) keep their names from build to build: revalidated every time. */
    static final String REVALIDATE = "no-cache";

    /** The types the build emits; a file of any other extension is not served. */
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff2", "font/woff2");
    private static final int GZIP_THRESHOLD = 1024;

    /** The type of a file by its extension, if it is one the explorer serves. */
    static Optional<String> typeOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(name.substring(dot + 1)));
    }

    static ExplorerFile of(String name, byte[] body) {
        String type = typeOf(name).orElseThrow(() -> new IllegalArgumentException("Not served: " + name));
        boolean compressible = !type.startsWith("image/png") && !type.startsWith("font/");
        byte[] gzip = compressible && body.length >= GZIP_THRESHOLD ? gzip(body) : null;
        // Weak, as for the API's lists: the gzip form is the same file in another encoding.
        return new ExplorerFile(body, gzip, type, ETags.weakOfContent(body, body.length),
                name.startsWith("assets/") ? IMMUTABLE : REVALIDATE);
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory", e);
        }
        return out.toByteArray();
    }
}
