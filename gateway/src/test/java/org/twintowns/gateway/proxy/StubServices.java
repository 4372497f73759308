package org.twintowns.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.twintowns.testing.stub.StubServer;

/**
 * Stand-ins for the services behind the gateway: an echo service that reports what reached it,
 * a slow one, a large-body one, and an address where nothing listens.
 */
public class StubServices extends StubServer {

    static final int BIG_BODY_BYTES = 5 * 1024 * 1024;
    /** The body limit of the refusing stub, like a service's default. */
    static final int REFUSED_BODY_BYTES = 1024 * 1024;
    static final String CALENDAR = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//stub//EN\r\nEND:VCALENDAR\r\n";

    /** "METHOD uri" of every request that reached a stub, for tests that prove nothing did. */
    private static final Queue<String> RECEIVED = new ConcurrentLinkedQueue<>();

    /** Where nothing listens until a test starts a server there: a service that comes back. */
    public static final int RECOVERING_PORT = unusedPort();

    /** Bytes of each upload (by marker) that have reached the stub so far. */
    private static final Map<String, AtomicLong> UPLOADED = new ConcurrentHashMap<>();
    /** Downloads (by marker) whose first chunk went out and whose rest waits for the test's go. */
    private static final Map<String, CompletableFuture<Void>> DOWNLOADS = new ConcurrentHashMap<>();

    /** How many bytes of upload {@code marker} the stub has read so far. */
    public static long uploaded(String marker) {
        AtomicLong count = UPLOADED.get(marker);
        return count == null ? 0 : count.get();
    }

    /** Lets download {@code marker} send the rest of its body after the first chunk. */
    public static void releaseDownload(String marker) {
        DOWNLOADS.computeIfAbsent(marker, m -> new CompletableFuture<>()).complete(null);
    }

    /** The byte at {@code index} of every large body the tests send or receive: no run of zeros a proxy could shortcut. */
    public static byte patternByte(long index) {
        return (byte) ((index * 31 + 7) % 251);
    }

    /** What reached the stubs with this text in the URI (tests use unique paths). */
    public static List<String> received(String uriPart) {
        return RECEIVED.stream().filter(r -> r.contains(uriPart)).toList();
    }

    @Override
    protected Map<String, String> configuration(String stub) {
        // A service that accepts connections and never answers: for readiness probes that time out.
        String hanging = listen(request -> { });
        // The real services' routes lead to the echo stub too, so tests never reach a running platform.
        return Map.ofEntries(
                Map.entry("gateway.routes.partnerships.url", stub),
                Map.entry("gateway.routes.events.url", stub),
                Map.entry("gateway.routes.news.url", stub),
                Map.entry("gateway.routes.webhooks.url", stub),
                Map.entry("gateway.routes.stub.url", stub),
                Map.entry("gateway.routes.stub.prefixes", "/api/v1/echo,/api/v1/big,/api/v1/upload,/api/v1/download"),
                Map.entry("gateway.routes.slow.url", stub),
                Map.entry("gateway.routes.slow.prefixes", "/api/v1/slow"),
                Map.entry("gateway.routes.slow.timeout", "500ms"),
                Map.entry("gateway.routes.down.url", "http://127.0.0.1:" + unusedPort()),
                Map.entry("gateway.routes.down.prefixes", "/api/v1/down"),
                // Separate routes for the circuit-breaker tests, whose failures must not open "down" or "slow".
                Map.entry("gateway.routes.broken.url", "http://127.0.0.1:" + unusedPort()),
                Map.entry("gateway.routes.broken.prefixes", "/api/v1/broken"),
                Map.entry("gateway.routes.sluggish.url", stub),
                Map.entry("gateway.routes.sluggish.prefixes", "/api/v1/sluggish"),
                Map.entry("gateway.routes.sluggish.timeout", "300ms"),
                Map.entry("gateway.routes.recovering.url", "http://127.0.0.1:" + RECOVERING_PORT),
                Map.entry("gateway.routes.recovering.prefixes", "/api/v1/recovering"),
                // Clients that hang up while the stub is still answering (the stub delays /api/v1/slow*).
                Map.entry("gateway.routes.abandoned.url", stub),
                Map.entry("gateway.routes.abandoned.prefixes", "/api/v1/slow-abandoned"),
                Map.entry("gateway.routes.hanging.url", hanging),
                Map.entry("gateway.routes.hanging.prefixes", "/api/v1/hanging"),
                // Services that refuse large uploads, each with a circuit of its own.
                Map.entry("gateway.routes.refusing.url", stub),
                Map.entry("gateway.routes.refusing.prefixes", "/api/v1/refusing"),
                Map.entry("gateway.routes.dropping.url", stub),
                Map.entry("gateway.routes.dropping.prefixes", "/api/v1/dropping"));
    }

    @Override
    protected void handle(HttpServerRequest request) {
        RECEIVED.add(request.method().name() + " " + request.uri());
        String path = request.path();
        // Dossier sections: municipality "missing" does not exist, "slowpoke" has slow events, "nonews" failing news.
        if (path.equals("/api/v1/municipalities/missing")) {
            request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end("{\"status\":404}");
        } else if (path.startsWith("/api/v1/events") && request.uri().contains("slowpoke")) {
            vertx().setTimer(3_000, id -> request.response().end("{}"));
        } else if (path.startsWith("/api/v1/news") && request.uri().contains("nonews")) {
            request.response().setStatusCode(503).end();
        } else if (path.startsWith("/api/v1/slow") || path.startsWith("/api/v1/sluggish")) {
            vertx().setTimer(3_000, id -> request.response().end("too late"));
        } else if (path.startsWith("/api/v1/refusing") && request.method() == HttpMethod.POST) {
            refuseLargeBody(request);
        } else if (path.startsWith("/api/v1/dropping") && request.method() == HttpMethod.POST) {
            // Drops the connection on the upload, answering nothing.
            request.connection().close();
        } else if (path.startsWith("/api/v1/upload/")) {
            digestUpload(request, path.substring("/api/v1/upload/".length()));
        } else if (path.startsWith("/api/v1/download/")) {
            download(request, path.substring("/api/v1/download/".length()), Long.parseLong(request.getParam("bytes")));
        } else if (path.equals("/api/v1/echo/compressed")) {
            CompressionThroughGatewayTest.answer(request);
        } else if (path.equals("/api/v1/echo/conditional")) {
            conditional(request);
        } else if (path.equals("/api/v1/echo/connection-headers")) {
            request.response()
                    .putHeader("Connection", "X-Internal")
                    .putHeader("X-Internal", "for this connection only")
                    .putHeader("Keep-Alive", "timeout=5")
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("RateLimit-Limit", "1")
                    .putHeader("X-Kept", "end to end")
                    .putHeader("Content-Type", "application/json")
                    .end("{}");
        } else if (path.equals("/api/v1/echo/broken-body")) {
            // The first 64 KiB of a longer answer, then the connection dies.
            request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream")
                    .write(pattern(0, 64 * 1024));
            vertx().setTimer(200, id -> request.connection().close());
        } else if (path.equals("/api/v1/echo/broken-short-body")) {
            // Declares 10 000 bytes, sends 4 000, then the connection dies.
            request.response().putHeader("Content-Length", "10000").putHeader("Content-Type", "application/octet-stream")
                    .write(pattern(0, 4000));
            vertx().setTimer(200, id -> request.connection().close());
        } else if (path.startsWith("/api/v1/big")) {
            request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
            Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
            for (int i = 0; i < BIG_BODY_BYTES / chunk.length(); i++) {
                request.response().write(chunk);
            }
            request.response().end();
        } else {
            request.body().onSuccess(body -> echo(request, body));
        }
    }

    /**
     * Refuses a body over {@link #REFUSED_BODY_BYTES} as the services do: a 413 problem with
     * {@code Connection: close} as soon as the declared length, or the bytes read, are over the
     * limit; the rest of the body is read and discarded, and the connection closed once it is in.
     */
    private static void refuseLargeBody(HttpServerRequest request) {
        String declared = request.getHeader("Content-Length");
        AtomicLong read = new AtomicLong();
        Runnable refuse = () -> {
            if (!request.response().ended()) {
                request.response().setStatusCode(413).putHeader("Connection", "close")
                        .putHeader("Content-Type", "application/problem+json")
                        .end(new JsonObject().put("type", "about:blank").put("title", "Content Too Large")
                                .put("status", 413).put("detail", "The request body is larger than the stub accepts.")
                                .put("requestId", request.getHeader("X-Request-ID"))
                                .encode());
            }
        };
        if (declared != null && Long.parseLong(declared) > REFUSED_BODY_BYTES) {
            refuse.run();
        }
        request.handler(chunk -> {
            if (read.addAndGet(chunk.length()) > REFUSED_BODY_BYTES) {
                refuse.run();
            }
        });
        request.endHandler(end -> {
            if (request.response().ended()) {
                request.connection().close();
            } else {
                request.response().end("{}");
            }
        });
    }

    /** An iCalendar resource with ETag "v7" that honours If-None-Match and If-Match. */
    private static void conditional(HttpServerRequest request) {
        String etag = "\"v7\"";
        var response = request.response().putHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatusCode(304).end();
        } else if (request.getHeader("If-Match") != null && !etag.equals(request.getHeader("If-Match"))) {
            response.setStatusCode(412).putHeader("Content-Type", "application/problem+json").end("{\"status\":412}");
        } else {
            // Declared, so that an answer to HEAD has it too.
            response.putHeader("Content-Type", "text/calendar; charset=utf-8")
                    .putHeader("Content-Length", String.valueOf(CALENDAR.length()))
                    .end(CALENDAR);
        }
    }

    /** Reads the body as it arrives, never holding it whole, and answers its length and SHA-256. */
    private static void digestUpload(HttpServerRequest request, String marker) {
        MessageDigest digest = sha256();
        AtomicLong count = UPLOADED.computeIfAbsent(marker, m -> new AtomicLong());
        request.handler(chunk -> {
            digest.update(chunk.getBytes());
            count.addAndGet(chunk.length());
        });
        request.endHandler(done -> request.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("bytes", count.get())
                        .put("sha256", HexFormat.of().formatHex(digest.digest())).encode()));
    }

    /** Sends {@code bytes} of the pattern: the first 64 KiB at once, the rest when the test says so. */
    private void download(HttpServerRequest request, String marker, long bytes) {
        var response = request.response().setChunked(true).putHeader("Content-Type", "application/octet-stream");
        int first = (int) Math.min(bytes, 64 * 1024);
        response.write(pattern(0, first));
        io.vertx.core.Context context = vertx().getOrCreateContext();
        DOWNLOADS.computeIfAbsent(marker, m -> new CompletableFuture<>())
                .thenRun(() -> context.runOnContext(go -> {
                    for (long offset = first; offset < bytes; offset += 64 * 1024) {
                        response.write(pattern(offset, (int) Math.min(64 * 1024, bytes - offset)));
                    }
                    response.end();
                }));
    }

    private static Buffer pattern(long offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = patternByte(offset + i);
        }
        return Buffer.buffer(bytes);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void echo(HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        int status = request.getParam("status") == null ? 200 : Integer.parseInt(request.getParam("status"));
        JsonObject echo = new JsonObject()
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", headers)
                .put("body", body.toString());
        request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .putHeader("ETag", "\"v1\"")
                .putHeader("X-Request-ID", String.valueOf(request.getHeader("X-Request-ID")))
                .putHeader("X-Stub", "echo")
                .end(echo.encode());
    }

}
