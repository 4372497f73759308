package org.twintowns.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.twintowns.gateway.config.GatewayConfig;
import org.twintowns.gateway.proxy.CircuitBreakers;

/**
 * One readiness check per downstream service: asks the service's own {@code /q/health/ready},
 * with a short time limit, and reports what it said in the check's data. The check itself is
 * always UP: a service that is down takes its own routes down, not the gateway, which keeps
 * serving every other route; orchestrators must not pull the gateway out of rotation for it.
 */
@ApplicationScoped
public class ServiceReadinessChecks {

    static final String PATH = "/q/health/ready";

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    CircuitBreakers breakers;

    @Inject
    @Readiness
    HealthRegistry readiness;

    private HttpClient client;

    void register(@Observes StartupEvent event) {
        Duration timeout = config.resilience().healthTimeout();
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) timeout.toMillis())
                .setKeepAlive(false));
        config.routes().forEach((service, route) ->
                readiness.register("service-" + service, () -> check(service, route.url(), timeout)));
    }

    private Uni<HealthCheckResponse> check(String service, URI url, Duration timeout) {
        int port = url.getPort() != -1 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(url.getHost())
                .setPort(port)
                .setSsl("https".equals(url.getScheme()))
                .setURI(PATH)
                .setIdleTimeout(timeout.toMillis());
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("service " + service).up()
                .withData("url", url.toString())
                .withData("circuit", breakers.of(service).state().name());
        return Uni.createFrom().completionStage(() -> client.request(request)
                        .compose(r -> r.send())
                        .compose(response -> response.body().map(body -> response))
                        .toCompletionStage())
                .ifNoItem().after(timeout).fail()
                .onItemOrFailure().transform((response, failure) -> describe(builder, response, failure).build());
    }

    private static HealthCheckResponseBuilder describe(HealthCheckResponseBuilder builder,
            HttpClientResponse response, Throwable failure) {
        if (failure != null) {
            // Mutiny's own TimeoutException (the overall limit) or Vert.x's (idle connection).
            boolean timedOut = failure instanceof io.smallrye.mutiny.TimeoutException || failure instanceof TimeoutException;
            return builder.withData("status", "DOWN")
                    .withData("reason", timedOut ? "no answer in time" : "unreachable: " + failure.getClass().getSimpleName());
        }
        builder.withData("httpStatus", response.statusCode());
        return response.statusCode() == 200
                ? builder.withData("status", "UP")
                : builder.withData("status", "DOWN").withData("reason", "reports not ready");
    }
}
