package org.twintowns.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Where an application serves its health endpoints and what it reads, from its own configuration. */
class ApplicationTest {

    private static final String HEALTH_POM = "<artifactId>quarkus-smallrye-health</artifactId>";

    private static Application application(Map<String, String> own, Map<String, String> shared) {
        Properties ownProperties = new Properties();
        ownProperties.putAll(own);
        Properties sharedProperties = new Properties();
        sharedProperties.putAll(shared);
        return new Application("demo-service", ownProperties, sharedProperties, HEALTH_POM);
    }

    @Test
    void shouldServeQuarkusDefaultHealthPathsOnTheHttpPort() {
        Application app = application(Map.of("quarkus.http.port", "${DEMO_PORT:8089}"), Map.of());
        assertEquals(Optional.of("/q/health/ready"), app.healthPath("readiness", Map.of()));
        assertEquals(Optional.of("/q/health/started"), app.healthPath("startup", Map.of()));
        assertEquals(8089, app.healthPort(Map.of()));
        assertEquals(7000, app.httpPort(Map.of("DEMO_PORT", "7000")));
    }

    @Test
    void shouldFollowMovedHealthPathsAndTheManagementInterface() {
        Application app = application(Map.of(
                "quarkus.smallrye-health.root-path", "/health",
                "quarkus.smallrye-health.liveness-path", "alive",
                "%prod.quarkus.management.enabled", "true"), Map.of());
        assertEquals(Optional.of("/health/alive"), app.healthPath("liveness", Map.of()));
        assertEquals(9000, app.healthPort(Map.of()));
    }

    @Test
    void shouldIgnoreSettingsOfOtherProfiles() {
        Application app = application(Map.of(
                "%test.quarkus.smallrye-health.root-path", "elsewhere",
                "%test.x", "${ONLY_IN_TESTS}",
                "%dev,prod.y", "${IN_PROD:1}"), Map.of("z", "${SHARED}"));
        assertEquals(Optional.of("/q/health/live"), app.healthPath("liveness", Map.of()));
        assertTrue(app.environmentVariables().containsAll(java.util.Set.of("IN_PROD", "SHARED")));
        assertTrue(!app.environmentVariables().contains("ONLY_IN_TESTS"));
    }

    @Test
    void shouldHaveNoHealthEndpointsWithoutTheExtension() {
        Application app = new Application("bare", new Properties(), new Properties(), "<artifactId>quarkus-rest</artifactId>");
        assertEquals(Optional.empty(), app.healthPath("liveness", Map.of()));
    }
}
