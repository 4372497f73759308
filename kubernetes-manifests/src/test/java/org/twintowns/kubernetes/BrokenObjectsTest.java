package org.twintowns.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production overlay broken one way per test. The objects themselves: unknown fields and kinds,
 * Services, ConfigMap and Secret keys, autoscalers and disruption budgets.
 */
class BrokenObjectsTest extends ProductionOverlay {

    @Test
    void shouldRefuseAnUnknownField() {
        Rendered rendered = new Rendered(production);
        ObjectNode container = rendered.container("events-service");
        container.set("livenessProbes", container.remove("livenessProbe"));
        assertOnly(findingsOf(rendered),
                "Deployment twintowns/events-service: unknown field spec.template.spec.containers[0].livenessProbes",
                "Deployment twintowns/events-service: container events-service: livenessProbe is missing");
    }

    @Test
    void shouldRefuseAFieldOfTheWrongType() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("HorizontalPodAutoscaler", "gateway").get("spec")).put("minReplicas", "two");
        List<String> findings = findingsOf(rendered);
        assertTrue(findings.get(0).startsWith("document ") && findings.get(0).contains("HorizontalPodAutoscaler gateway")
                && findings.get(0).contains("does not fit"), findings.toString());
    }

    @Test
    void shouldRefuseAKindOrVersionThePlatformDoesNotUse() {
        Rendered rendered = new Rendered(production);
        rendered.find("HorizontalPodAutoscaler", "news-service").put("apiVersion", "autoscaling/v1");
        List<String> findings = findingsOf(rendered);
        assertTrue(findings.get(0).contains("(autoscaling/v1/HorizontalPodAutoscaler news-service): not a kind the platform uses"),
                findings.toString());
        assertTrue(findings.contains("Deployment twintowns/news-service: no HorizontalPodAutoscaler scales it"), findings.toString());
    }

    @Test
    void shouldFindAServiceThatSelectsNoPods() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("Service", "news-service").at("/spec/selector"))
                .put("app.kubernetes.io/name", "news");
        assertOnly(findingsOf(rendered),
                "Service twintowns/news-service: its selector {app.kubernetes.io/name=news} matches the pods of no Deployment");
    }

    @Test
    void shouldFindAServicePortThatLeadsNowhere() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("Service", "webhooks-service").at("/spec/ports/0")).put("targetPort", 8085);
        assertOnly(findingsOf(rendered),
                "Service twintowns/webhooks-service: port 8084 targets 8085, which no container of Deployment webhooks-service declares");
    }

    @Test
    void shouldFindAMissingSecretKey() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.container("news-service").at("/env").findParent("secretKeyRef").get("secretKeyRef"))
                .put("key", "passwort");
        List<String> findings = findingsOf(rendered);
        assertTrue(findings.contains("Deployment twintowns/news-service: container news-service: TT_DB_USER reads key passwort "
                + "of Secret twintowns-db-news, which has no such key"), findings.toString());
    }

    @Test
    void shouldFindASecretThatIsNeitherRenderedNorTheOperators() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.container("gateway").at("/env").findParent("secretKeyRef").get("secretKeyRef"))
                .put("name", "twintowns-token");
        assertTrue(findingsOf(rendered).contains("Deployment twintowns/gateway: container gateway: TT_JWT_ISSUER reads Secret "
                + "twintowns-token, which is neither defined nor in the overlay's secrets.yaml"));
    }

    @Test
    void shouldFindAMissingConfigMapKey() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("ConfigMap", "twintowns-platform").get("data")).remove("TT_DB_PORT");
        List<String> findings = findingsOf(rendered);
        assertEquals(4, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.endsWith("TT_DB_PORT reads key TT_DB_PORT of ConfigMap "
                + rendered.find("ConfigMap", "twintowns-platform").at("/metadata/name").asText() + ", which has no such key")),
                findings.toString());
    }

    @Test
    void shouldFindAnOperatorSecretThatNothingReads(@TempDir Path overlay) throws IOException {
        Files.writeString(overlay.resolve("secrets.yaml"), Files.readString(PRODUCTION.resolve("secrets.yaml"))
                + "twintowns-webhooks: [signing-key]\n");
        assertEquals(List.of("secrets.yaml lists Secret twintowns-webhooks key(s) [signing-key] that nothing reads"),
                CHECK.check(overlay, production).all());
    }

    @Test
    void shouldFindAnAutoscalerOfAMissingDeployment() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("HorizontalPodAutoscaler", "events-service").at("/spec/scaleTargetRef")).put("name", "events");
        assertOnly(findingsOf(rendered),
                "HorizontalPodAutoscaler twintowns/events-service: scales apps/v1 Deployment events, which is not defined",
                "Deployment twintowns/events-service: no HorizontalPodAutoscaler scales it");
    }

    @Test
    void shouldFindADeploymentThatFightsItsAutoscaler() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("Deployment", "gateway").get("spec")).put("replicas", 3);
        assertOnly(findingsOf(rendered), "Deployment twintowns/gateway: sets replicas, although HorizontalPodAutoscaler gateway "
                + "scales it: every apply would reset the count");
    }

    @Test
    void shouldFindADisruptionBudgetOfNoPods() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("PodDisruptionBudget", "webhooks-service").at("/spec/selector/matchLabels"))
                .put("app.kubernetes.io/name", "webhook-service");
        assertOnly(findingsOf(rendered),
                "PodDisruptionBudget twintowns/webhooks-service: its selector matches the pods of no Deployment",
                "Deployment twintowns/webhooks-service: no PodDisruptionBudget covers its pods");
    }

    @Test
    void shouldFailLoudlyWithoutKubectl() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new Kustomize("/nonexistent/kubectl").render(PRODUCTION));
        assertTrue(failure.getMessage().contains("-Dk8s.validate.skip"), failure.getMessage());
    }
}
