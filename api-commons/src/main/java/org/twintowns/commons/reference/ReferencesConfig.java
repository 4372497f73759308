package org.twintowns.commons.reference;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Where the services that own referenced records answer, and how patiently they are asked: one
 * entry per owning service, such as {@code twintowns.references.partnerships.url}. Only the URL has
 * no default; every service that checks references starts from the same deadlines, retries and
 * circuit breaker.
 */
@ConfigMapping(prefix = "twintowns.references")
public interface ReferencesConfig {

    /** The owning services by the name {@link RemoteCollection#owner()} gives them. */
    @WithParentName
    Map<String, Owner> owners();

    /** How one owning service is reached. */
    interface Owner {

        /** Its base URL, such as {@code http://127.0.0.1:8081}. */
        URI url();

        /** How long to wait for a connection. */
        @WithDefault("1s")
        Duration connectTimeout();

        /** How long one attempt may take, the whole answer included. */
        @WithDefault("2s")
        Duration timeout();

        /** Attempts after the first when a connection fails or an attempt times out; an answer is never retried. */
        @WithDefault("2")
        int retries();

        /** The pause before each further attempt. */
        @WithDefault("100ms")
        Duration retryDelay();

        /** When to stop asking a service that keeps failing. */
        CircuitBreaker circuitBreaker();
    }

    /**
     * Opens after {@code failure-ratio} of the last {@code request-volume} attempts failed; while open,
     * checks fail at once (503) instead of holding requests, until {@code delay} has passed and
     * {@code success-threshold} trial attempts succeeded.
     */
    interface CircuitBreaker {

        @WithDefault("8")
        int requestVolume();

        @WithDefault("0.75")
        double failureRatio();

        @WithDefault("10s")
        Duration delay();

        @WithDefault("2")
        int successThreshold();
    }
}
