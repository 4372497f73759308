package org.twintowns.webhooks.outbound;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.twintowns.webhooks.WebhooksConfig;

/**
 * Sends one webhook request to a checked {@link Destination}: it connects to the address that was
 * checked (the URL's host still names the Host header, TLS SNI and the certificate to verify),
 * follows no redirect, and bounds the connection time, the whole attempt and the answer's size.
 * Blocks the calling worker thread until the attempt is over.
 */
@ApplicationScoped
public class Sender {

    public static final String CONTENT_TYPE = "application/cloudevents+json";

    @Inject
    Vertx vertx;

    @Inject
    WebhooksConfig config;

    private HttpClient client;

    @PostConstruct
    void init() {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.outbound().connectTimeout().toMillis())
                .setVerifyHost(true)
                .setForceSni(true)
                .setKeepAlive(true)
                .setMaxPoolSize(64));
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** POSTs {@code body} with these headers; answers what came of it. */
    public Attempt post(Destination destination, Map<String, String> headers, String body) {
        long started = System.nanoTime();
        long timeout = config.outbound().timeout().toMillis();
        int maxBytes = config.outbound().maxResponseBytes();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(destination.host())
                .setPort(destination.port())
                .setSsl(destination.tls())
                .setURI(destination.pathAndQuery())
                .setServer(SocketAddress.inetSocketAddress(destination.port(), destination.address().getHostAddress()))
                .setFollowRedirects(false)
                .setIdleTimeout(timeout)
                .putHeader("Content-Type", CONTENT_TYPE)
                .putHeader("User-Agent", "TwinTowns-Webhooks/1.0");
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Future<Integer> status = client.request(options).compose(request -> {
            sent.set(request);
            return request.send(Buffer.buffer(body)).compose(response -> {
                Promise<Integer> done = Promise.promise();
                AtomicLong read = new AtomicLong();
                response.handler(chunk -> {
                    if (read.addAndGet(chunk.length()) > maxBytes && done.tryComplete(response.statusCode())) {
                        // Its status is all that counts: the rest of a large answer is not read.
                        request.reset();
                    }
                });
                response.exceptionHandler(done::tryFail);
                response.endHandler(end -> done.tryComplete(response.statusCode()));
                return done.future();
            });
        });
        try {
            int code = status.toCompletionStage().toCompletableFuture().get(timeout, TimeUnit.MILLISECONDS);
            return new Attempt(code, null, millisSince(started));
        } catch (TimeoutException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            return Attempt.failed("no answer within " + timeout + " ms", millisSince(started));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            return Attempt.failed(message, millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.failed("interrupted", millisSince(started));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
