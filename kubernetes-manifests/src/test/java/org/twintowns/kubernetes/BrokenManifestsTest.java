package org.twintowns.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production overlay, rendered once, then broken one way per test: the check must name exactly
 * what was broken, and nothing else.
 */
class BrokenManifestsTest {

    private static final Repository REPOSITORY = Repository.fromSystemProperties();
    private static final ManifestCheck CHECK = new ManifestCheck(REPOSITORY, Kustomize.fromSystemProperties());
    private static final Path PRODUCTION = REPOSITORY.kubernetes().resolve("overlays/production");
    private static String production;

    @BeforeAll
    static void render() {
        production = CHECK.render(PRODUCTION);
    }

    private static List<String> findingsOf(Rendered rendered) {
        return CHECK.check(PRODUCTION, rendered.yaml()).all();
    }

    private static void assertOnly(List<String> findings, String... expected) {
        assertEquals(List.of(expected), findings);
    }

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
    void shouldFindNetworkPoliciesLeftOnAPortTheApplicationLeft() {
        Rendered rendered = new Rendered(production);
        ObjectNode container = rendered.container("news-service");
        ((ObjectNode) container.at("/ports/0")).put("containerPort", 9083);
        ((ArrayNode) container.get("env")).addObject().put("name", "NEWS_PORT").put("value", "9083");
        ((ObjectNode) rendered.find("Service", "news-service").at("/spec/ports/0")).put("port", 9083);
        // The application, its container, probes and Service agree on 9083; the network rules and the
        // callers' NEWS_URL do not.
        assertOnly(findingsOf(rendered),
                "NetworkPolicy twintowns/gateway-egress: allows port 8083 of the pods it sends to, which Deployment news-service does not declare",
                "NetworkPolicy twintowns/news-service-ingress: allows port 8083 of its pods, which Deployment news-service does not declare",
                "NetworkPolicy twintowns/webhooks-service-egress: allows port 8083 of the pods it sends to, which Deployment news-service does not declare",
                "Deployment twintowns/gateway: NEWS_URL http://news-service:8083: Service news-service has no port 8083",
                "Deployment twintowns/webhooks-service: NEWS_URL http://news-service:8083: Service news-service has no port 8083");
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
    void shouldFindAnIngressToAServiceOtherThanTheGateway() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("Ingress", "twintowns").at("/spec/rules/0/http/paths/0/backend/service"))
                .put("name", "partnerships-service");
        assertOnly(findingsOf(rendered), "Ingress twintowns/twintowns: backend Service partnerships-service leads to "
                + "[partnerships-service]: only the gateway may be reached from outside");
    }

    @Test
    void shouldFindAPublicAddressTheIngressDoesNotServe() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("ConfigMap", "twintowns-platform").get("data"))
                .put("TT_PUBLIC_BASE_URL", "http://twintowns.example.org");
        assertOnly(findingsOf(rendered), "Ingress twintowns/twintowns: TT_PUBLIC_BASE_URL http://twintowns.example.org is http, "
                + "but the Ingress has TLS for its host");
        ((ObjectNode) rendered.find("ConfigMap", "twintowns-platform").get("data"))
                .put("TT_PUBLIC_BASE_URL", "https://www.example.org");
        assertOnly(findingsOf(rendered), "Ingress twintowns/twintowns: takes no requests for www.example.org, the host of "
                + "TT_PUBLIC_BASE_URL https://www.example.org");
    }

    @Test
    void shouldFindAnApplicationWithAnotherPublicAddress() {
        Rendered rendered = new Rendered(production);
        ArrayNode env = (ArrayNode) rendered.container("news-service").get("env");
        env.forEach(variable -> {
            if (variable.path("name").asText().equals("TT_PUBLIC_BASE_URL")) {
                ((ObjectNode) variable).remove("valueFrom");
                ((ObjectNode) variable).put("value", "https://news.example.org");
            }
        });
        List<String> findings = findingsOf(rendered);
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).startsWith("TT_PUBLIC_BASE_URL differs between the applications: ")
                && findings.get(0).contains("news-service=https://news.example.org"), findings.toString());
    }

    @Test
    void shouldFindANetworkPolicyOfNoPods() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("NetworkPolicy", "news-service-ingress").at("/spec/podSelector/matchLabels"))
                .put("app.kubernetes.io/name", "news");
        // With it, nothing lets news-service accept the calls it gets.
        assertOnly(findingsOf(rendered),
                "NetworkPolicy twintowns/news-service-ingress: its podSelector matches the pods of no Deployment",
                "Deployment twintowns/news-service: no NetworkPolicy lets it accept gateway's calls (NEWS_URL) on port 8083",
                "Deployment twintowns/news-service: no NetworkPolicy lets it accept webhooks-service's calls (NEWS_URL) on port 8083");
    }

    @Test
    void shouldFindANetworkPolicyPeerThatDoesNotExist() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("NetworkPolicy", "events-service-egress").at("/spec/egress/0/to/0/podSelector/matchLabels"))
                .put("app.kubernetes.io/name", "partnerships");
        assertOnly(findingsOf(rendered),
                "NetworkPolicy twintowns/events-service-egress: to pods {app.kubernetes.io/name=partnerships} that no Deployment has",
                "Deployment twintowns/events-service: PARTNERSHIPS_URL http://partnerships-service:8081: no NetworkPolicy lets its pods "
                        + "send to partnerships-service on port 8081");
    }

    @Test
    void shouldFindANetworkPolicyPortNobodyServes() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("NetworkPolicy", "events-service-ingress").at("/spec/ingress/0/ports/0")).put("port", 8081);
        assertOnly(findingsOf(rendered), "NetworkPolicy twintowns/events-service-ingress: allows port 8081 of its pods, which "
                + "Deployment events-service does not declare",
                "Deployment twintowns/events-service: no NetworkPolicy lets it accept gateway's calls (EVENTS_URL) on port 8082",
                "Deployment twintowns/events-service: no NetworkPolicy lets it accept news-service's calls (EVENTS_URL) on port 8082",
                "Deployment twintowns/events-service: no NetworkPolicy lets it accept webhooks-service's calls (EVENTS_URL) on port 8082");
    }

    @Test
    void shouldFindACallTheNetworkRulesForbid() {
        Rendered rendered = new Rendered(production);
        // news-service's reference checks at events-service, no longer allowed out of news-service.
        ArrayNode egress = (ArrayNode) rendered.find("NetworkPolicy", "news-service-egress").at("/spec/egress");
        egress.remove(1);
        assertOnly(findingsOf(rendered), "Deployment twintowns/news-service: EVENTS_URL http://events-service:8082: no "
                + "NetworkPolicy lets its pods send to events-service on port 8082");
    }

    @Test
    void shouldFindACallTheCalleeRefuses() {
        Rendered rendered = new Rendered(production);
        // webhooks-service follows the registry's feed, which partnerships-service no longer accepts from it.
        ArrayNode from = (ArrayNode) rendered.find("NetworkPolicy", "partnerships-service-ingress").at("/spec/ingress/0/from");
        from.remove(3);
        assertOnly(findingsOf(rendered), "Deployment twintowns/partnerships-service: no NetworkPolicy lets it accept "
                + "webhooks-service's calls (PARTNERSHIPS_URL) on port 8081");
    }

    @Test
    void shouldFindServicesCutOffFromTheirDatabase() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("NetworkPolicy", "postgres-egress").at("/spec/egress/0/ports/0")).put("port", 5433);
        assertOnly(findingsOf(rendered),
                "Deployment twintowns/events-service: no NetworkPolicy lets its pods reach the database outside the cluster on port 5432",
                "Deployment twintowns/news-service: no NetworkPolicy lets its pods reach the database outside the cluster on port 5432",
                "Deployment twintowns/partnerships-service: no NetworkPolicy lets its pods reach the database outside the cluster on port 5432",
                "Deployment twintowns/webhooks-service: no NetworkPolicy lets its pods reach the database outside the cluster on port 5432");
    }

    @Test
    void shouldFindPodsThatCannotAskDns() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("NetworkPolicy", "dns-egress").at("/spec/egress/0/ports/0")).put("protocol", "SCTP");
        List<String> findings = findingsOf(rendered);
        assertEquals(5, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.endsWith(": no NetworkPolicy lets its pods ask DNS (port 53, UDP)")), findings.toString());
    }

    @Test
    void shouldFindAServiceUrlThatNamesNoService() {
        Rendered rendered = new Rendered(production);
        ((ObjectNode) rendered.find("ConfigMap", "twintowns-platform").get("data")).put("NEWS_URL", "http://news:8083");
        assertOnly(findingsOf(rendered),
                "Deployment twintowns/gateway: NEWS_URL http://news:8083 names no Service of the namespace",
                "Deployment twintowns/webhooks-service: NEWS_URL http://news:8083 names no Service of the namespace");
    }

    @Test
    void shouldFailLoudlyWithoutKubectl() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new Kustomize("/nonexistent/kubectl").render(PRODUCTION));
        assertTrue(failure.getMessage().contains("-Dk8s.validate.skip"), failure.getMessage());
    }
}
