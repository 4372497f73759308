package org.twintowns.events.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the partnerships service: knows the municipality and partnership ids tests
 * register with it (POST /stub/municipalities/{id}, /stub/partnerships/{id}), answers 404 for all
 * others, and can be made slow or broken (POST /stub/mode/{normal|slow|broken}). Answers about a
 * municipality registered with {@code held=true} wait until the test releases them (POST
 * /stub/release/{id}), at most {@link #MAX_HOLD_MILLIS}; GET /stub/waiting/{id} says how many wait.
 */
public class StubPartnerships implements QuarkusTestResourceLifecycleManager {

    /** Where tests find the stub (a system property: the test code may run in another class loader). */
    public static final String URL_PROPERTY = "tt.test.partnerships-stub";

    /** The longest an answer is held, so that a test that never releases it still ends. */
    static final long MAX_HOLD_MILLIS = 15_000;

    /** Known municipality ids and their countries. */
    private final Map<String, String> municipalities = new ConcurrentHashMap<>();
    private final Set<String> partnerships = ConcurrentHashMap.newKeySet();
    /** Held municipality ids and the answers about them waiting to be sent (only touched on the event loop). */
    private final Map<String, List<Runnable>> held = new HashMap<>();
    private volatile String mode = "normal";
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
        String url = "http://127.0.0.1:" + port;
        System.setProperty(URL_PROPERTY, url);
        return Map.of("quarkus.rest-client.partnerships.url", url);
    }

    private void handle(HttpServerRequest request) {
        String[] parts = request.path().split("/");
        // /stub/<what>/<id>: the test's controls
        if (parts.length == 4 && parts[1].equals("stub") && parts[2].equals("waiting")) {
            request.response().end(String.valueOf(held.getOrDefault(parts[3], List.of()).size()));
            return;
        }
        if (parts.length == 4 && parts[1].equals("stub")) {
            switch (parts[2]) {
                case "municipalities" -> {
                    municipalities.put(parts[3], request.getParam("country") == null ? "DE" : request.getParam("country"));
                    if ("true".equals(request.getParam("held"))) {
                        held.put(parts[3], new ArrayList<>());
                    }
                }
                case "release" -> release(parts[3]);
                case "partnerships" -> partnerships.add(parts[3]);
                case "mode" -> mode = parts[3];
                default -> {
                    request.response().setStatusCode(400).end();
                    return;
                }
            }
            request.response().setStatusCode(204).end();
            return;
        }
        switch (mode) {
            case "broken" -> request.connection().close();
            case "slow" -> vertx.setTimer(1_500, id -> answer(request, parts));
            default -> {
                List<Runnable> waiting = parts.length == 5 ? held.get(parts[4]) : null;
                if (waiting == null) {
                    answer(request, parts);
                } else {
                    waiting.add(() -> answer(request, parts));
                    vertx.setTimer(MAX_HOLD_MILLIS, id -> release(parts[4]));
                }
            }
        }
    }

    /** Sends the held answers about the municipality; later ones are answered at once. */
    private void release(String id) {
        List<Runnable> waiting = held.remove(id);
        if (waiting != null) {
            waiting.forEach(Runnable::run);
        }
    }

    /** /api/v1/municipalities/{id} and /api/v1/partnerships/{id}, as the real service answers them. */
    private void answer(HttpServerRequest request, String[] parts) {
        boolean known = parts.length == 5 && switch (parts[3]) {
            case "municipalities" -> municipalities.containsKey(parts[4]);
            case "partnerships" -> partnerships.contains(parts[4]);
            default -> false;
        };
        if (known) {
            String country = "municipalities".equals(parts[3])
                    ? ",\"country\":\"" + municipalities.get(parts[4]) + "\"" : "";
            request.response().putHeader("Content-Type", "application/json")
                    .end("{\"id\":\"" + parts[4] + "\"" + country + "}");
        } else {
            request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end("{\"status\":404,\"title\":\"Resource not found\"}");
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
