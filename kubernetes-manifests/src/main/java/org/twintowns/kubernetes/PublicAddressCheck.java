package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public base URL (TT_PUBLIC_BASE_URL, the start of every absolute URL in an answer) is the same in
 * every application, and is where the Ingress actually takes requests: its host is a rule's host, and
 * its scheme is https exactly when the Ingress has TLS for that host.
 */
final class PublicAddressCheck implements Check {

    private static final String VARIABLE = "TT_PUBLIC_BASE_URL";

    @Override
    public void check(Installation installation, Findings findings) {
        Map<String, String> values = new TreeMap<>();
        for (Deployment deployment : installation.manifests().deployments()) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String value = ContainerEnvironment.of(container, deployment.getMetadata().getNamespace(),
                        installation.manifests()).get(VARIABLE);
                if (value == null || value.isEmpty()) {
                    findings.add(deployment, "container " + container.getName() + " has no " + VARIABLE
                            + ": its absolute URLs would name http://localhost:8080");
                } else {
                    values.put(deployment.getMetadata().getName(), value);
                }
            }
        }
        if (values.values().stream().distinct().count() > 1) {
            findings.add(VARIABLE + " differs between the applications: " + values);
            return;
        }
        values.values().stream().findFirst().ifPresent(value -> checkAgainstIngress(installation, value, findings));
    }

    private static void checkAgainstIngress(Installation installation, String value, Findings findings) {
        URI url = URI.create(value);
        for (Ingress ingress : installation.manifests().ingresses()) {
            boolean served = ingress.getSpec().getRules() != null && ingress.getSpec().getRules().stream()
                    .map(IngressRule::getHost).anyMatch(host -> host == null || host.equals(url.getHost()));
            boolean tls = ingress.getSpec().getTls() != null && ingress.getSpec().getTls().stream()
                    .map(IngressTLS::getHosts).anyMatch(hosts -> hosts != null && hosts.contains(url.getHost()));
            if (!served) {
                findings.add(ingress, "takes no requests for " + url.getHost() + ", the host of " + VARIABLE + " " + value);
            } else if (tls != "https".equals(url.getScheme())) {
                findings.add(ingress, VARIABLE + " " + value + (tls ? " is http, but the Ingress has TLS for its host"
                        : " is https, but the Ingress has no TLS for its host"));
            }
        }
    }
}
