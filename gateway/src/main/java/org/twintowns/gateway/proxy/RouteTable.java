package org.twintowns.gateway.proxy;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.twintowns.gateway.config.GatewayConfig;

/**
 * Finds the service that owns a request path: the longest configured prefix that matches.
 *
 * <p>A singleton, not application-scoped: asked at every proxied request, and an application-scoped
 * bean is reached through a client proxy that looks its instance up in the context each time (about
 * 3 % of the gateway's CPU under load, with {@link CircuitBreakers}; bench/gateway-overhead.sh, JFR).
 */
@Singleton
public class RouteTable {

    /** A prefix and the route it leads to. */
    public record Entry(String prefix, String service, GatewayConfig.Route route) {
    }

    private final List<Entry> entries;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(entriesOf(config));
    }

    RouteTable(List<Entry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed())
                .toList();
    }

    public Optional<Entry> match(String path) {
        for (Entry entry : entries) {
            if (matches(entry.prefix(), path)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    public List<Entry> entries() {
        return entries;
    }

    /** {@code /api/v1/news} matches {@code /api/v1/news} and {@code /api/v1/news/x}, never {@code /api/v1/newsletter}. */
    static boolean matches(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    private static List<Entry> entriesOf(GatewayConfig config) {
        List<Entry> result = new ArrayList<>();
        config.routes().forEach((service, route) -> route.prefixes().forEach(prefix -> {
            String normalised = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
            result.add(new Entry(normalised, service, route));
        }));
        return result;
    }
}
