package org.twintowns.commons.security;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Keeps development tokens out of production: {@code bin/platform token} signs every token with
 * the issuer {@link #DEV_ISSUER}, and an application refuses to start when it would accept that
 * issuer (a verification key is configured) unless a development profile ({@code dev},
 * {@code test}, or {@code local}, which {@code bin/platform} runs) is active. In production the
 * issuer is the identity provider's ({@code TT_JWT_ISSUER}, e.g. the Keycloak realm's URL).
 */
@ApplicationScoped
public class DevTokenGuard {

    /** The issuer of locally minted development tokens; {@code .invalid} can never be a real host. */
    public static final String DEV_ISSUER = "https://dev-only.twintowns.invalid";
    /** Profiles in which development tokens are accepted. */
    public static final Set<String> DEV_PROFILES = Set.of("dev", "test", "local");

    private static final Logger LOG = Logger.getLogger(DevTokenGuard.class);
    private static final List<String> KEY_PROPERTIES = List.of(
            "mp.jwt.verify.publickey.location", "mp.jwt.verify.publickey", "smallrye.jwt.verify.key.location");

    void refuseDevTokensOutsideDevelopment(@Observes StartupEvent started) {
        check(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class));
    }

    /** Fails (and so fails the start) where {@link #refusal} has a reason; warns where dev tokens pass. */
    static void check(SmallRyeConfig config) {
        Optional<String> refusal = refusal(config);
        if (refusal.isPresent()) {
            LOG.error(refusal.get());
            throw new IllegalStateException(refusal.get());
        }
        if (acceptsDevTokens(config)) {
            LOG.warnf("Accepting DEV-ONLY tokens (issuer %s) in profile %s: never do this in production",
                    DEV_ISSUER, config.getProfiles());
        }
    }

    /** Why this configuration must not start, if it must not. */
    public static Optional<String> refusal(SmallRyeConfig config) {
        if (!acceptsDevTokens(config) || config.getProfiles().stream().anyMatch(DEV_PROFILES::contains)) {
            return Optional.empty();
        }
        return Optional.of("Refusing to start: the token issuer is the dev-only issuer " + DEV_ISSUER
                + " and the active profile " + config.getProfiles() + " is not a development profile "
                + DEV_PROFILES + ". Set TT_JWT_ISSUER to your identity provider's issuer (for the Keycloak of "
                + "docker-compose.yml: http://localhost:8180/realms/twintowns), or run with QUARKUS_PROFILE=local "
                + "on a development machine.");
    }

    /** True when tokens of the dev-only issuer would be verified and accepted. */
    static boolean acceptsDevTokens(SmallRyeConfig config) {
        boolean keyConfigured = KEY_PROPERTIES.stream()
                .anyMatch(p -> config.getOptionalValue(p, String.class).filter(v -> !v.isBlank()).isPresent());
        return keyConfigured && config.getOptionalValue("mp.jwt.verify.issuer", String.class)
                .map(issuer -> issuer.strip().equals(DEV_ISSUER)).orElse(false);
    }
}
