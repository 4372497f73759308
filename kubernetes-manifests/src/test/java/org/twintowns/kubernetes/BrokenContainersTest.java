package org.twintowns.kubernetes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production overlay broken one way per test. The containers against their applications: probes,
 * ports, variables, resources, security.
 */
class BrokenContainersTest extends ProductionOverlay {

    @Test
    void shouldFindAProbeOnAPathTheApplicationDoesNotServe() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.container("partnerships-service").at("/readinessProbe/httpGet")).put("path", "/q/health/readyz");
        assertOnly(findingsOf(rendered), "Deployment twintowns/partnerships-service: container partnerships-service: readinessProbe "
                + "asks /q/health/readyz, but partnerships-service serves its readiness check at /q/health/ready");
    }

    @Test
    void shouldFindALivenessProbeOnTheReadinessCheck() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.container("gateway").at("/livenessProbe/httpGet")).put("path", "/q/health/ready");
        assertOnly(findingsOf(rendered), "Deployment twintowns/gateway: container gateway: livenessProbe asks /q/health/ready, "
                + "but gateway serves its liveness check at /q/health/live");
    }

    @Test
    void shouldFindAProbeOnAnUndeclaredPort() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.container("events-service").at("/startupProbe/httpGet")).put("port", "management");
        assertOnly(findingsOf(rendered), "Deployment twintowns/events-service: container events-service: startupProbe asks port "
                + "management, which the container does not declare");
    }

    @Test
    void shouldFindAContainerPortTheApplicationDoesNotServe() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.container("news-service").at("/ports/0")).put("containerPort", 8080);
        List<String> findings = findingsOf(rendered);
        assertTrue(findings.contains("Deployment twintowns/news-service: container news-service does not declare port 8083, "
                + "on which news-service serves"), findings.toString());
        assertTrue(findings.contains("Deployment twintowns/news-service: container news-service: readinessProbe asks port 8080, "
                + "but news-service serves its health endpoints on 8083"), findings.toString());
    }

    @Test
    void shouldFindAVariableTheApplicationDoesNotRead() {
        Rendered rendered = new Rendered(production);
        ((ArrayNode) rendered.container("gateway").get("env")).addObject().put("name", "TT_DB_HOST").put("value", "postgres");
        assertOnly(findingsOf(rendered),
                "Deployment twintowns/gateway: container gateway is given TT_DB_HOST, which gateway does not read");
    }

    @Test
    void shouldFindAMissingLimit() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.container("webhooks-service").at("/resources/limits")).remove("memory");
        assertOnly(findingsOf(rendered), "Deployment twintowns/webhooks-service: container webhooks-service: no memory limit");
    }

    @Test
    void shouldFindAHeapThatDoesNotFitTheLimit() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.container("gateway").at("/resources/limits")).put("memory", "128Mi");
        ((ObjectNode) rendered.container("gateway").at("/resources/requests")).put("memory", "128Mi");
        assertOnly(findingsOf(rendered), "Deployment twintowns/gateway: container gateway: heap -Xmx128m does not fit the memory "
                + "limit 128Mi (the JVM needs memory beside its heap)");
    }

    @Test
    void shouldFindAContainerThatMayWriteItsRootFileSystem() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.container("events-service").get("securityContext")).put("readOnlyRootFilesystem", false);
        assertOnly(findingsOf(rendered),
                "Deployment twintowns/events-service: container events-service securityContext: readOnlyRootFilesystem is not true");
    }
}
