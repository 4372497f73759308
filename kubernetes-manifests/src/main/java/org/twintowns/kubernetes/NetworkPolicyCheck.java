package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;

/**
 * NetworkPolicies select pods that exist, name peers that exist (a pod selector of this namespace), and
 * allow ports that the pods receiving the traffic declare; every Deployment's pods have their incoming
 * traffic restricted by some policy.
 */
final class NetworkPolicyCheck implements Check {

    @Override
    public void check(Installation installation, Findings findings) {
        Manifests manifests = installation.manifests();
        for (NetworkPolicy policy : manifests.networkPolicies()) {
            String namespace = policy.getMetadata().getNamespace();
            List<Deployment> selected = manifests.deploymentsSelectedBy(namespace, policy.getSpec().getPodSelector());
            if (selected.isEmpty()) {
                findings.add(policy, "its podSelector matches the pods of no Deployment");
                continue;
            }
            if (policy.getSpec().getIngress() != null) {
                for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                    peers(installation, policy, rule.getFrom(), "from", findings);
                    ports(policy, rule.getPorts(), selected, "its pods", findings);
                }
            }
            if (policy.getSpec().getEgress() != null) {
                for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
                    List<Deployment> targets = peers(installation, policy, rule.getTo(), "to", findings);
                    if (!targets.isEmpty()) {
                        ports(policy, rule.getPorts(), targets, "the pods it sends to", findings);
                    }
                }
            }
        }
        for (Deployment deployment : manifests.deployments()) {
            boolean restricted = manifests.networkPolicies().stream()
                    .filter(p -> java.util.Objects.equals(p.getMetadata().getNamespace(), deployment.getMetadata().getNamespace()))
                    .filter(p -> p.getSpec().getPolicyTypes() != null && p.getSpec().getPolicyTypes().contains("Ingress"))
                    .anyMatch(p -> Manifests.matches(p.getSpec().getPodSelector(), Manifests.podLabels(deployment)));
            if (!restricted) {
                findings.add(deployment, "no NetworkPolicy restricts the traffic its pods accept");
            }
        }
    }

    /** The Deployments that the peers of this namespace select (peers with a namespace or address block are not checked here). */
    private static List<Deployment> peers(Installation installation, NetworkPolicy policy, List<NetworkPolicyPeer> peers,
            String direction, Findings findings) {
        if (peers == null) {
            return List.of();
        }
        List<Deployment> all = new java.util.ArrayList<>();
        for (NetworkPolicyPeer peer : peers) {
            LabelSelector pods = peer.getPodSelector();
            if (pods == null || peer.getNamespaceSelector() != null) {
                continue;
            }
            List<Deployment> selected = installation.manifests().deploymentsSelectedBy(policy.getMetadata().getNamespace(), pods);
            if (selected.isEmpty()) {
                findings.add(policy, direction + " pods " + pods.getMatchLabels() + " that no Deployment has");
            }
            all.addAll(selected);
        }
        return all;
    }

    private static void ports(NetworkPolicy policy, List<NetworkPolicyPort> ports, List<Deployment> receivers, String who,
            Findings findings) {
        if (ports == null) {
            return;
        }
        for (NetworkPolicyPort port : ports) {
            IntOrString number = port.getPort();
            if (number == null) {
                continue;
            }
            for (Deployment receiver : receivers) {
                if (!ServiceCheck.declares(receiver, number)) {
                    findings.add(policy, "allows port " + number.getValue() + " of " + who + ", which Deployment "
                            + receiver.getMetadata().getName() + " does not declare");
                }
            }
        }
    }
}
