package org.twintowns.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's route table and proxy limits, from configuration ({@code gateway.*}). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Downstream services by name. */
    Map<String, Route> routes();

    /** Connection pool and time limits towards the services. */
    Proxy proxy();

    /** One downstream service and the path prefixes it owns. */
    interface Route {

        /** Base URL of the service, such as http://127.0.0.1:8081. */
        URI url();

        /** Path prefixes it serves, such as /api/v1/events; a prefix matches itself and what lies below it. */
        List<String> prefixes();

        /** How long the service may stay silent while answering before the gateway gives up with 504. */
        @WithDefault("15s")
        Duration timeout();
    }

    /** Settings shared by all routes. */
    interface Proxy {

        /** How long to wait for a connection to a service before answering 502. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Connections kept per service. */
        @WithDefault("64")
        int maxConnectionsPerService();
    }
}
