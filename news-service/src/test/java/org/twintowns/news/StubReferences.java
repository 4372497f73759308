package org.twintowns.news;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the partnerships and events services: every municipality, partnership and event
 * exists, except ids starting with {@value #UNKNOWN} (404); ids starting with {@value #UNREACHABLE}
 * make the connection drop, as if the service were down.
 */
public class StubReferences implements QuarkusTestResourceLifecycleManager {

    public static final String UNKNOWN = "ffffffff";
    public static final String UNREACHABLE = "deadbeef";
    private static final Pattern RECORD = Pattern.compile("/api/v1/(municipalities|partnerships|events)/([0-9a-f-]{36})");

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(StubReferences::handle);
        int port;
        try {
            port = server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture()
                    .get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("Stub server did not start", e);
        }
        String url = "http://127.0.0.1:" + port;
        return Map.of("quarkus.rest-client.partnerships.url", url, "quarkus.rest-client.events.url", url);
    }

    private static void handle(HttpServerRequest request) {
        Matcher m = RECORD.matcher(request.path());
        if (!m.matches() || m.group(2).startsWith(UNKNOWN)) {
            request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("status", 404).put("title", "Resource not found").encode());
        } else if (m.group(2).startsWith(UNREACHABLE)) {
            request.connection().close();
        } else {
            request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("id", m.group(2)).encode());
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
