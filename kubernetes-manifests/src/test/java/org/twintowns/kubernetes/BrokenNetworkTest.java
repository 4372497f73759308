package org.twintowns.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production overlay broken one way per test. The way in and the network rules: the Ingress, the
 * public address, the NetworkPolicies and the calls they must let through.
 */
class BrokenNetworkTest extends ProductionOverlay {

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
}
