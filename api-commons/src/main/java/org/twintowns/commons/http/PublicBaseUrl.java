package org.twintowns.commons.http;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where clients reach the platform: the start of every absolute URL an application writes
 * (Location, links in feeds and documents). It is {@code twintowns.public-base-url}
 * ({@code TT_PUBLIC_BASE_URL}), the gateway's public address; never a request's {@code Host},
 * {@code X-Forwarded-Host} or {@code Forwarded} header, which a client chooses and a shared cache
 * would then hand to every other client. Without a configured URL (tests, dev mode) it is the
 * address the request's connection reached, which the client cannot choose either.
 *
 * <p>A singleton: the gateway asks it at every request it forwards (X-Forwarded-Host), and an
 * application-scoped bean is reached through a client proxy that looks its instance up each time (1 % of the
 * gateway's samples on a partnership's GET by id, JFR).
 */
@Singleton
public class PublicBaseUrl {

    static final String KEY = "twintowns.public-base-url";

    @ConfigProperty(name = KEY)
    Optional<String> configured;

    @Inject
    CurrentVertxRequest current;

    private volatile URI base;

    /** Refuses to start with a URL that is not a plain origin, rather than write broken links later. */
    void check(@Observes StartupEvent startup) {
        configured();
    }

    /** The configured base, ending in "/"; empty when none is configured. */
    public Optional<URI> configured() {
        if (configured.isEmpty()) {
            return Optional.empty();
        }
        if (base == null) {
            base = parse(configured.get());
        }
        return Optional.of(base);
    }

    /** The base URL of the answers to the request being served, ending in "/". */
    public URI base() {
        return base(current.getCurrent().request());
    }

    /** The base URL of the answers to {@code request}, ending in "/". */
    public URI base(HttpServerRequest request) {
        return configured().orElseGet(() -> ofConnection(request.connection()));
    }

    /** The absolute URL of {@code path} (which starts with "/", and is already encoded), for the request being served. */
    public URI resolve(String path) {
        return base().resolve(path.substring(1));
    }

    /** A builder of absolute URLs under the base, for the request being served (JAX-RS paths: {@code .path(Resource.class)}). */
    public UriBuilder builder() {
        return UriBuilder.fromUri(base());
    }

    /**
     * A plain origin, such as {@code https://twintowns.example} or {@code http://localhost:8080}:
     * http or https, a host, an optional port, nothing else.
     */
    static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw invalid(value, e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw invalid(value, "the scheme must be http or https");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw invalid(value, "it must name a host, and nothing before it");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null
                || !(uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))) {
            throw invalid(value, "it must have no path, query or fragment: the API is served at /api/v1 under it");
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/");
    }

    /** The address a client connected to: the server's own, whatever name the client used for it. */
    static URI ofConnection(HttpConnection connection) {
        SocketAddress local = connection.localAddress();
        String host = local.hostAddress();
        if (host == null || host.isEmpty()) {
            host = "localhost";
        } else if (host.indexOf(':') >= 0) {
            // An IPv6 address, without the zone of a link-local one (no URL may carry it, RFC 3986 3.2.2).
            int zone = host.indexOf('%');
            host = "[" + (zone < 0 ? host : host.substring(0, zone)) + "]";
        }
        return URI.create((connection.isSsl() ? "https" : "http") + "://" + host + ":" + local.port() + "/");
    }

    private static IllegalStateException invalid(String value, String why) {
        return new IllegalStateException(KEY + " (TT_PUBLIC_BASE_URL) '" + value + "' is not a base URL such as "
                + "https://twintowns.example: " + why);
    }
}
