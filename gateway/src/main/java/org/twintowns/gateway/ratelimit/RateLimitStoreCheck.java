package org.twintowns.gateway.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness data on where the rate limits are counted: {@code store} is {@code redis} (shared by all
 * replicas) or {@code local} (this replica's memory); {@code status} is {@code DEGRADED} with a
 * {@code reason} and {@code since} while a configured Redis fails. The check itself stays UP: a gateway
 * without Redis still serves every route with its own limits, and taking every replica out of the load
 * balancer because Redis is down would turn a looser limit into an outage.
 */
@Readiness
@ApplicationScoped
public class RateLimitStoreCheck implements HealthCheck {

    @Inject
    RateLimiting limiting;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("rate-limit store").up();
        WindowStore store = limiting.store();
        if (store == null) {
            return builder.withData("store", "none").withData("status", "DISABLED").build();
        }
        builder.withData("store", store.counting().name().toLowerCase())
                .withData("shared", store.shared())
                .withData("fallbacks", store.fallbacks());
        WindowStore.Degradation degradation = store.degradation();
        if (degradation == null) {
            return builder.withData("status", "UP").build();
        }
        return builder.withData("status", "DEGRADED")
                .withData("reason", degradation.reason())
                .withData("since", degradation.since().toString())
                .build();
    }
}
