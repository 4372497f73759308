package org.twintowns.testing.stub;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a free loopback port that stands in for another of our services while an
 * application is tested: the one way this project's tests start a stub server ({@link ReferenceStub}
 * for reference checks, the gateway's stand-ins for the services behind it). A subclass answers the
 * requests and names the configuration that points the application at the stub.
 */
public abstract class StubServer implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public final Map<String, String> start() {
        vertx = Vertx.vertx();
        return configuration(listen(this::handle));
    }

    /** Answers one request that reached the stub. */
    protected abstract void handle(HttpServerRequest request);

    /** The configuration that points the application under test at the stub, whose base URL is {@code url}. */
    protected abstract Map<String, String> configuration(String url);

    /** Starts one more server, with a handler of its own, on a free loopback port; answers its base URL. */
    protected final String listen(Handler<HttpServerRequest> handler) {
        try {
            int port = vertx.createHttpServer().requestHandler(handler).listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
            return "http://127.0.0.1:" + port;
        } catch (Exception e) {
            throw new IllegalStateException("Stub server did not start", e);
        }
    }

    /** The stub's Vert.x, for timers and contexts of answers that take their time. */
    protected final Vertx vertx() {
        return vertx;
    }

    /** A loopback port where nothing listens (until a test starts something there). */
    public static int unusedPort() {
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
