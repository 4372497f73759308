package org.twintowns.gateway.proxy;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.twintowns.gateway.config.GatewayConfig;

/**
 * One circuit breaker per downstream service, so that a failing service never cuts off another. A
 * singleton, asked at every proxied request without a client proxy ({@link RouteTable} says why).
 */
@Singleton
public class CircuitBreakers {

    private final Map<String, CircuitBreaker> byService = new ConcurrentHashMap<>();
    private final GatewayConfig.Resilience settings;

    @Inject
    public CircuitBreakers(GatewayConfig config) {
        this.settings = config.resilience();
    }

    public CircuitBreaker of(String service) {
        return byService.computeIfAbsent(service, s -> new CircuitBreaker(
                settings.failureThreshold(), settings.openFor().toNanos(), System::nanoTime));
    }
}
