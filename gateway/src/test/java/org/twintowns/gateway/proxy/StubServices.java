package org.twintowns.gateway.proxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the services behind the gateway: an echo service that reports what reached it,
 * a slow one, a large-body one, and an address where nothing listens.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final int BIG_BODY_BYTES = 5 * 1024 * 1024;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(this::handle);
        int port;
        try {
            port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("Stub server did not start", e);
        }
        String stub = "http://127.0.0.1:" + port;
        return Map.of(
                "gateway.routes.stub.url", stub,
                "gateway.routes.stub.prefixes", "/api/v1/echo,/api/v1/big",
                "gateway.routes.slow.url", stub,
                "gateway.routes.slow.prefixes", "/api/v1/slow",
                "gateway.routes.slow.timeout", "500ms",
                "gateway.routes.down.url", "http://127.0.0.1:" + unusedPort(),
                "gateway.routes.down.prefixes", "/api/v1/down");
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/api/v1/slow")) {
            vertx.setTimer(3_000, id -> request.response().end("too late"));
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

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
