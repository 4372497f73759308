package org.twintowns.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The settings of webhooks-service ({@code webhooks.*}): the feeds it follows, how it sends, how it retries. */
@ConfigMapping(prefix = "webhooks")
public interface WebhooksConfig {

    /** The change feeds followed, by source name (registry, events, news): the base URL of the service serving each. */
    Map<String, Source> sources();

    /** How the feeds are followed. */
    Follow follow();

    /** How deliveries are claimed and sent. */
    Dispatch dispatch();

    /** When a failed delivery is tried again. */
    Retry retry();

    /** Limits of every call to a receiver. */
    Outbound outbound();

    /**
     * Hosts (names or address literals) that may be reached although they resolve to loopback or
     * private addresses, over http too: for development and tests only.
     */
    Optional<List<String>> allowHosts();

    /** Host names of the platform's own services, never a webhook target. */
    @WithDefault("gateway")
    List<String> platformHosts();

    /** One followed feed. */
    interface Source {

        /** Base URL of the service serving {@code GET /api/v1/changes/{source}}. */
        URI url();
    }

    /** Following the feeds. */
    interface Follow {

        /** Off: this replica follows no feed (it still serves the API and dispatches). */
        @WithDefault("true")
        boolean enabled();

        /** Seconds the feed may hold a request open when nothing is new (Prefer: wait=N, at most 10). */
        @WithDefault("10")
        int waitSeconds();

        /** Events asked for per page (1 to 1000). */
        @WithDefault("100")
        int pageSize();

        /** Pause after an empty page from a feed that did not wait (no Preference-Applied). */
        @WithDefault("1s")
        Duration idleDelay();

        /** Pause after a feed could not be read. */
        @WithDefault("5s")
        Duration errorDelay();
    }

    /** Sending deliveries. */
    interface Dispatch {

        /** Off: this replica sends nothing. */
        @WithDefault("true")
        boolean enabled();

        /** How often due deliveries are looked for (also at once whenever a delivery ends). */
        @WithDefault("200ms")
        Duration every();

        /** Deliveries sent at once by this replica, over all subscriptions. */
        @WithDefault("16")
        int workers();

        /** Deliveries of one subscription in flight at once, over all replicas. */
        @WithDefault("2")
        int perSubscription();

        /**
         * How long a claim holds: a replica that dies loses its claims after this. Longer than a whole
         * attempt (connect and read timeouts).
         */
        @WithDefault("2m")
        Duration lease();
    }

    /** Retries. */
    interface Retry {

        /**
         * Delay before each attempt: the first is the delay of the first attempt (0s: at once). After
         * the last, a delivery has failed; Standard Webhooks' schedule by default.
         */
        List<Duration> schedule();
    }

    /** Calls to receivers. */
    interface Outbound {

        /** How long to wait for a receiver's connection. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** How long a whole attempt may take, the answer included. */
        @WithDefault("15s")
        Duration timeout();

        /** The most bytes of an answer read; the rest of a larger one is not (its status code counts). */
        @WithDefault("65536")
        int maxResponseBytes();
    }
}
