package org.twintowns.gateway.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns on Quarkus' forwarded-header support ({@code quarkus.http.proxy.*}) for the peers in
 * {@code gateway.trusted-proxies} ({@code TT_GATEWAY_TRUSTED_PROXIES}), and only when that names
 * some. Quarkus trusts every peer when forwarding is on and its list of trusted proxies is empty,
 * and its forwarding support rewrites the Host header of every request before the gateway's own
 * check of it can run; so without trusted proxies the gateway stays as it was: forwarding off, the
 * connection's peer is the client, a Host is refused or served as the client sent it.
 */
public class TrustedProxies implements ConfigSourceFactory {

    static final String PROPERTY = "gateway.trusted-proxies";

    /** Over application.properties (250), which turns forwarding off; under the environment (300). */
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue proxies = context.getValue(PROPERTY);
        if (proxies == null || proxies.getValue() == null || proxies.getValue().isBlank()) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.trusted-proxies", proxies.getValue()),
                "TrustedProxies (" + PROPERTY + ")", ORDINAL));
    }
}
