package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every call an application is configured to make inside the cluster (a {@code *_URL} variable such as
 * PARTNERSHIPS_URL) reaches something: the URL names a Service of the namespace and one of its ports,
 * and the NetworkPolicies let the caller's pods send to the callee's pods on that port and let the
 * callee's pods accept it. Every pod may ask DNS (port 53, UDP), and a pod given a database (TT_DB_HOST,
 * TT_DB_PORT) may reach an address outside the cluster on its port. A call the configuration makes but
 * the network rules forbid fails only in a cluster, at the first reference check or the first start.
 */
final class CallPathCheck implements Check {

    @Override
    public void check(Installation installation, Findings findings) {
        Manifests manifests = installation.manifests();
        for (Deployment caller : manifests.deployments()) {
            String namespace = caller.getMetadata().getNamespace();
            for (Container container : caller.getSpec().getTemplate().getSpec().getContainers()) {
                Map<String, String> environment = ContainerEnvironment.of(container, namespace, manifests);
                if (!outboundAllowed(manifests, caller, 53, "UDP")) {
                    findings.add(caller, "no NetworkPolicy lets its pods ask DNS (port 53, UDP)");
                }
                String databasePort = environment.get("TT_DB_PORT");
                if (environment.containsKey("TT_DB_HOST") && databasePort != null && databasePort.matches("\\d+")
                        && !outboundAllowed(manifests, caller, Integer.parseInt(databasePort), "TCP")) {
                    findings.add(caller, "no NetworkPolicy lets its pods reach the database outside the cluster on port " + databasePort);
                }
                environment.forEach((name, value) -> {
                    if (name.endsWith("_URL") && value.startsWith("http://")) {
                        check(installation, caller, name, URI.create(value), findings);
                    }
                });
            }
        }
    }

    private static void check(Installation installation, Deployment caller, String variable, URI url, Findings findings) {
        Manifests manifests = installation.manifests();
        String namespace = caller.getMetadata().getNamespace();
        String where = variable + " " + url;
        Optional<Service> service = manifests.named(Service.class, namespace, url.getHost());
        if (service.isEmpty()) {
            // Addresses outside the namespace (a collector, another namespace's service) are the operator's.
            if (!url.getHost().contains(".")) {
                findings.add(caller, where + " names no Service of the namespace");
            }
            return;
        }
        int port = url.getPort() == -1 ? 80 : url.getPort();
        Optional<ServicePort> servicePort = service.get().getSpec().getPorts() == null ? Optional.empty()
                : service.get().getSpec().getPorts().stream().filter(p -> p.getPort() == port).findFirst();
        if (servicePort.isEmpty()) {
            findings.add(caller, where + ": Service " + url.getHost() + " has no port " + port);
            return;
        }
        Map<String, String> selector = service.get().getSpec().getSelector();
        if (selector == null || selector.isEmpty()) {
            return; // ServiceCheck reports it
        }
        for (Deployment callee : manifests.deploymentsWithPodLabels(namespace, selector)) {
            Optional<ContainerPort> target = containerPort(callee, servicePort.get().getTargetPort() != null
                    ? servicePort.get().getTargetPort() : new IntOrString(port));
            if (target.isEmpty()) {
                continue; // ServiceCheck reports it
            }
            if (!egressAllowed(manifests, caller, callee, target.get())) {
                findings.add(caller, where + ": no NetworkPolicy lets its pods send to " + callee.getMetadata().getName()
                        + " on port " + target.get().getContainerPort());
            }
            if (!ingressAllowed(manifests, caller, callee, target.get())) {
                findings.add(callee, "no NetworkPolicy lets it accept " + caller.getMetadata().getName() + "'s calls ("
                        + variable + ") on port " + target.get().getContainerPort());
            }
        }
    }

    private static boolean egressAllowed(Manifests manifests, Deployment from, Deployment to, ContainerPort port) {
        List<NetworkPolicy> policies = selecting(manifests, from, "Egress");
        return policies.isEmpty() || policies.stream().filter(p -> p.getSpec().getEgress() != null)
                .flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), port));
    }

    private static boolean ingressAllowed(Manifests manifests, Deployment from, Deployment to, ContainerPort port) {
        List<NetworkPolicy> policies = selecting(manifests, to, "Ingress");
        return policies.isEmpty() || policies.stream().filter(p -> p.getSpec().getIngress() != null)
                .flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), port));
    }

    /** Whether the pods may send to an address outside the cluster (an address block, or any peer) on that port. */
    private static boolean outboundAllowed(Manifests manifests, Deployment from, int port, String protocol) {
        List<NetworkPolicy> policies = selecting(manifests, from, "Egress");
        return policies.isEmpty() || policies.stream().filter(p -> p.getSpec().getEgress() != null)
                .flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> (rule.getTo() == null || rule.getTo().isEmpty()
                                || rule.getTo().stream().anyMatch(peer -> peer.getIpBlock() != null))
                        && (rule.getPorts() == null || rule.getPorts().isEmpty() || rule.getPorts().stream().anyMatch(p ->
                                protocol.equals(p.getProtocol() == null ? "TCP" : p.getProtocol())
                                        && (p.getPort() == null || Objects.equals(p.getPort().getIntVal(), port)))));
    }

    /** The policies of that type that select the Deployment's pods: with none, everything is allowed. */
    private static List<NetworkPolicy> selecting(Manifests manifests, Deployment deployment, String type) {
        return manifests.networkPolicies().stream()
                .filter(p -> Objects.equals(p.getMetadata().getNamespace(), deployment.getMetadata().getNamespace()))
                .filter(p -> p.getSpec().getPolicyTypes() != null && p.getSpec().getPolicyTypes().contains(type))
                .filter(p -> Manifests.matches(p.getSpec().getPodSelector(), Manifests.podLabels(deployment)))
                .toList();
    }

    /** No peers: every peer. Otherwise a peer of this namespace whose pod selector matches (address blocks do not name pods). */
    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Deployment other) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        Map<String, String> namespaceLabels = Map.of("kubernetes.io/metadata.name",
                Objects.toString(other.getMetadata().getNamespace(), ""));
        return peers.stream().anyMatch(peer -> peer.getIpBlock() == null
                && (peer.getPodSelector() != null || peer.getNamespaceSelector() != null)
                && (peer.getNamespaceSelector() == null || Manifests.matches(peer.getNamespaceSelector(), namespaceLabels))
                && (peer.getPodSelector() == null || Manifests.matches(peer.getPodSelector(), Manifests.podLabels(other))));
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, ContainerPort port) {
        return ports == null || ports.isEmpty() || ports.stream().anyMatch(p -> {
            String protocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            boolean number = p.getPort() == null || (p.getPort().getIntVal() != null
                    ? p.getPort().getIntVal().equals(port.getContainerPort())
                    : p.getPort().getStrVal().equals(port.getName()));
            return "TCP".equals(protocol) && number;
        });
    }

    private static Optional<ContainerPort> containerPort(Deployment deployment, IntOrString port) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getPorts() != null)
                .flatMap(c -> c.getPorts().stream())
                .filter(p -> port.getIntVal() != null ? Objects.equals(p.getContainerPort(), port.getIntVal())
                        : Objects.equals(p.getName(), port.getStrVal()))
                .findFirst();
    }
}
