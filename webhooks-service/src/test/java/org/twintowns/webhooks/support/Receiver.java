package org.twintowns.webhooks.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A webhook receiver on a free loopback port: records every request (headers and body) and answers
 * the status its test says, by default 204.
 */
public final class Receiver implements AutoCloseable {

    /** One request that arrived. */
    public record Received(Map<String, String> headers, String body, long at) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile IntSupplier status = () -> 204;
    private volatile Map<String, String> answerHeaders = Map.of();

    public Receiver() {
        try {
            server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                Map<String, String> headers = new java.util.HashMap<>();
                request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                received.add(new Received(headers, body.toString(), System.currentTimeMillis()));
                var response = request.response().setStatusCode(status.getAsInt());
                answerHeaders.forEach(response::putHeader);
                response.end();
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    public Receiver answering(int code) {
        this.status = () -> code;
        return this;
    }

    public Receiver answering(IntSupplier code) {
        this.status = code;
        return this;
    }

    public Receiver withHeaders(Map<String, String> headers) {
        this.answerHeaders = headers;
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        vertx.close();
    }
}
