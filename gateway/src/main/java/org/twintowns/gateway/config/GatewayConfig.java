package org.twintowns.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's route table, proxy limits and edge policies, from configuration ({@code gateway.*}). */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Downstream services by name. */
    Map<String, Route> routes();

    /** Connection pool and time limits towards the services. */
    Proxy proxy();

    /** Who may write without a bearer token. */
    Auth auth();

    /**
     * Proxies (IPv4 addresses or CIDR ranges) whose X-Forwarded-For names the client, such as the
     * ingress controller's pods; none by default. Read by {@link TrustedProxies}, before this mapping.
     */
    Optional<List<String>> trustedProxies();

    /** Requests per client and window. */
    RateLimit rateLimit();

    /** Which browser origins may call the API. */
    Cors cors();

    /** When a failing service is cut off, and how its health is probed. */
    Resilience resilience();

    /** The municipality dossier composed from all services. */
    Dossier dossier();

    /** The explorer page served at /explore/. */
    Explorer explorer();

    /** Where the explorer's files are. */
    interface Explorer {

        /** The classpath folder of the page's files (the explorer module's jar puts them there). */
        @WithDefault("twintowns-explorer")
        String classpathRoot();
    }

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

        /** How long to wait for a connection to a service before answering 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Connections kept per service, shared out evenly among the event loops (each has its own pool). */
        @WithDefault("64")
        int maxConnectionsPerService();
    }

    /** Authentication at the edge. */
    interface Auth {

        /**
         * Writes the services accept without a token, each "METHOD regex" where the regular
         * expression must match the whole path.
         */
        @WithDefault("POST /api/v1/events/[^/]+/registrations")
        List<String> anonymousWrites();
    }

    /** Fixed-window limits, counted per token subject or, without a valid token, per client address. */
    interface RateLimit {

        /** Whether requests under /api/v1 are counted at all. */
        @WithDefault("true")
        boolean enabled();

        /** Requests per window for a client without a token. */
        @WithDefault("120")
        int anonymous();

        /** Requests per window for the subject of a valid token. */
        @WithDefault("600")
        int authenticated();

        /** Length of a window; it starts with a client's first request. */
        @WithDefault("1m")
        Duration window();

        /** Counting in Redis, shared by all gateway replicas, when {@code quarkus.redis.hosts} is set ({@code TT_REDIS_URL}). */
        Redis redis();
    }

    /** How the gateway uses Redis for the rate limits, and when it counts in its own memory instead. */
    interface Redis {

        /** How long Redis may take to count a request before the request is counted in memory instead. */
        @WithDefault("200ms")
        Duration timeout();

        /** Consecutive failures of Redis after which the gateway stops asking it for a while. */
        @WithDefault("3")
        int failureThreshold();

        /** How long the gateway counts in memory after Redis failed, before one request tries Redis again. */
        @WithDefault("5s")
        Duration retryAfter();

        /** The start of every key the gateway writes (then "sub:" or "addr:" and the client). */
        @WithDefault("twintowns:rate-limit:")
        String keyPrefix();
    }

    /** Cross-origin access for browser frontends. */
    interface Cors {

        /** Exact origins (scheme://host[:port]) allowed to call the API; none by default. */
        Optional<List<String>> origins();

        /** Whether browsers may send credentials (cookies, Authorization) cross-origin. */
        @WithDefault("true")
        boolean allowCredentials();

        /** Methods a preflight may ask for. */
        @WithDefault("GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS")
        List<String> methods();

        /** Request headers a preflight may ask for. */
        @WithDefault("Authorization,Content-Type,Accept,Accept-Language,If-Match,If-None-Match,Idempotency-Key,X-Request-ID")
        List<String> headers();

        /** Response headers scripts may read. */
        @WithDefault("ETag,Location,Link,Retry-After,X-Request-ID,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset,RateLimit-Policy,Dossier-Partial")
        List<String> exposedHeaders();

        /** How long browsers may cache a preflight answer. */
        @WithDefault("10m")
        Duration maxAge();
    }

    /** Circuit breaking and health probing of the services. */
    interface Resilience {

        /** Consecutive failures or timeouts of a service that open its circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one trial request is let through. */
        @WithDefault("30s")
        Duration openFor();

        /** How long a service's readiness endpoint may take before it counts as down. */
        @WithDefault("2s")
        Duration healthTimeout();
    }

    /** The composed municipality dossier. */
    interface Dossier {

        /** How long each section may take before it is left out as unavailable. */
        @WithDefault("3s")
        Duration timeout();

        /** Events and news items per section. */
        @WithDefault("5")
        int size();
    }
}
