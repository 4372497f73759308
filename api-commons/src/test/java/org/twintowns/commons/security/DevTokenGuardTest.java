package org.twintowns.commons.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped token configuration (api-commons' microprofile-config.properties) under each
 * profile: dev-only tokens are refused in production and accepted on developer machines.
 */
class DevTokenGuardTest {

    private static final String KEY = "file:/tmp/public.pem";

    private static SmallRyeConfig config(String profile, Map<String, String> environment) throws IOException {
        Map<String, String> settings = new HashMap<>(environment);
        // As QUARKUS_PROFILE would: a profile named in the configuration brings its parent profile.
        settings.put("quarkus.profile", profile);
        return ConfigUtils.emptyConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        DevTokenGuard.class.getResource("/META-INF/microprofile-config.properties"), 100))
                .withSources(new PropertiesConfigSource(settings, "environment", 300))
                .build();
    }

    @Test
    void shouldRefuseToStartInProductionWithTheDevIssuer() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of("mp.jwt.verify.publickey.location", KEY));
        assertEquals(DevTokenGuard.DEV_ISSUER, prod.getValue("mp.jwt.verify.issuer", String.class), "the default issuer");
        Optional<String> refusal = DevTokenGuard.refusal(prod);
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().contains("TT_JWT_ISSUER"), refusal.get());
        // What the startup observer does with it: the application does not start.
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> DevTokenGuard.check(prod));
        assertEquals(refusal.get(), failure.getMessage());
        // Spelling it out does not help either, nor does another production-like profile.
        assertTrue(DevTokenGuard.refusal(config("prod", Map.of("mp.jwt.verify.publickey.location", KEY,
                "TT_JWT_ISSUER", DevTokenGuard.DEV_ISSUER + " "))).isPresent());
        assertTrue(DevTokenGuard.refusal(config("staging", Map.of("mp.jwt.verify.publickey", "MIIB"))).isPresent());
    }

    @Test
    void shouldStartInProductionWithTheIdentityProvidersIssuer() throws IOException {
        SmallRyeConfig prod = config("prod", Map.of("mp.jwt.verify.publickey.location", KEY,
                "TT_JWT_ISSUER", "http://localhost:8180/realms/twintowns"));
        assertEquals("http://localhost:8180/realms/twintowns", prod.getValue("mp.jwt.verify.issuer", String.class));
        assertEquals(Optional.empty(), DevTokenGuard.refusal(prod));
    }

    @Test
    void shouldStartInProductionWithoutKeyBecauseItAcceptsNoTokenThen() throws IOException {
        assertEquals(Optional.empty(), DevTokenGuard.refusal(config("prod", Map.of())));
    }

    @Test
    void shouldAcceptDevTokensInTheLocalProfileWhichIsProductionOtherwise() throws IOException {
        SmallRyeConfig local = config("local", Map.of("mp.jwt.verify.publickey.location", KEY));
        assertEquals(List.of("local", "prod"), local.getProfiles());
        assertTrue(DevTokenGuard.acceptsDevTokens(local));
        assertEquals(Optional.empty(), DevTokenGuard.refusal(local));
        assertDoesNotThrow(() -> DevTokenGuard.check(local));
        assertEquals(Optional.empty(), DevTokenGuard.refusal(config("dev", Map.of("mp.jwt.verify.publickey.location", KEY))));
    }
}
