package org.twintowns.gateway.dossier;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.twintowns.gateway.proxy.CircuitBreaker;
import org.twintowns.gateway.proxy.CircuitBreakers;
import org.twintowns.gateway.proxy.RouteTable;

/**
 * Fetches one section of a composed view from the service that owns its path, never failing:
 * a service that is down, slow, failing or has its circuit open yields an unavailable section.
 */
final class SectionFetcher {

    /** What a service answered for one section: its status and JSON, or why there is none. */
    record Section(String service, int status, Object json, String unavailableReason) {

        boolean available() {
            return unavailableReason == null;
        }

        static Section unavailable(String service, String reason) {
            return new Section(service, 0, null, reason);
        }
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final RouteTable routes;
    private final CircuitBreakers breakers;
    private final Duration timeout;

    SectionFetcher(Vertx vertx, HttpClient client, RouteTable routes, CircuitBreakers breakers, Duration timeout) {
        this.vertx = vertx;
        this.client = client;
        this.routes = routes;
        this.breakers = breakers;
        this.timeout = timeout;
    }

    /** GETs {@code pathAndQuery} (already encoded) from its service, passing the request id on. */
    Future<Section> fetch(String pathAndQuery, String requestId, String acceptLanguage) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        RouteTable.Entry entry = routes.match(path).orElse(null);
        if (entry == null) {
            return Future.succeededFuture(Section.unavailable("none", "no service serves " + path));
        }
        String service = entry.service();
        CircuitBreaker breaker = breakers.of(service);
        if (!breaker.tryAcquire()) {
            return Future.succeededFuture(Section.unavailable(service, "the " + service + " service is failing"));
        }
        URI url = entry.route().url();
        long millis = Math.min(timeout.toMillis(), entry.route().timeout().toMillis());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(url.getHost())
                .setPort(url.getPort() != -1 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80))
                .setSsl("https".equals(url.getScheme()))
                .setURI(pathAndQuery)
                .setIdleTimeout(millis)
                .putHeader("Accept", "application/json");
        if (requestId != null) {
            options.putHeader("X-Request-ID", requestId);
        }
        if (acceptLanguage != null) {
            options.putHeader("Accept-Language", acceptLanguage);
        }
        Promise<Section> result = Promise.promise();
        long timer = vertx.setTimer(millis, id -> {
            if (result.tryComplete(Section.unavailable(service, "the " + service + " service did not answer in time"))) {
                breaker.onFailure();
            }
        });
        client.request(options)
                .compose(request -> request.send().compose(response -> response.body()
                        .map(body -> section(service, response.statusCode(), body))))
                .onComplete(outcome -> {
                    vertx.cancelTimer(timer);
                    if (outcome.succeeded()) {
                        if (result.tryComplete(outcome.result())) {
                            breaker.onSuccess();
                        }
                    } else if (result.tryComplete(Section.unavailable(service, outcome.cause() instanceof TimeoutException
                            ? "the " + service + " service did not answer in time"
                            : "the " + service + " service cannot be reached"))) {
                        breaker.onFailure();
                    }
                });
        return result.future();
    }

    private static Section section(String service, int status, Buffer body) {
        if (status >= 500) {
            return new Section(service, status, null, "the " + service + " service failed (" + status + ")");
        }
        try {
            return new Section(service, status, Json.decodeValue(body), null);
        } catch (DecodeException e) {
            return new Section(service, status, null, "the " + service + " service answered no JSON");
        }
    }
}
