package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The parsed objects of one rendered overlay, with the look-ups the checks share. */
public final class Manifests {

    private final List<HasMetadata> objects;

    public Manifests(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
    }

    public List<HasMetadata> all() {
        return objects;
    }

    public <T extends HasMetadata> List<T> of(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<Deployment> deployments() {
        return of(Deployment.class);
    }

    public List<Service> services() {
        return of(Service.class);
    }

    public List<HorizontalPodAutoscaler> autoscalers() {
        return of(HorizontalPodAutoscaler.class);
    }

    public List<PodDisruptionBudget> disruptionBudgets() {
        return of(PodDisruptionBudget.class);
    }

    public List<Ingress> ingresses() {
        return of(Ingress.class);
    }

    public List<NetworkPolicy> networkPolicies() {
        return of(NetworkPolicy.class);
    }

    public <T extends HasMetadata> Optional<T> named(Class<T> type, String namespace, String name) {
        return of(type).stream()
                .filter(o -> Objects.equals(o.getMetadata().getName(), name))
                .filter(o -> Objects.equals(o.getMetadata().getNamespace(), namespace))
                .findFirst();
    }

    public Optional<ConfigMap> configMap(String namespace, String name) {
        return named(ConfigMap.class, namespace, name);
    }

    public Optional<Secret> secret(String namespace, String name) {
        return named(Secret.class, namespace, name);
    }

    /** The Deployments of {@code namespace} whose pods carry every label of {@code selector} (a Service's). */
    public List<Deployment> deploymentsWithPodLabels(String namespace, Map<String, String> selector) {
        return deployments().stream()
                .filter(d -> Objects.equals(d.getMetadata().getNamespace(), namespace))
                .filter(d -> podLabels(d).entrySet().containsAll(selector.entrySet()))
                .toList();
    }

    /** The Deployments of {@code namespace} whose pods {@code selector} selects; an empty selector selects all. */
    public List<Deployment> deploymentsSelectedBy(String namespace, LabelSelector selector) {
        return deployments().stream()
                .filter(d -> Objects.equals(d.getMetadata().getNamespace(), namespace))
                .filter(d -> matches(selector, podLabels(d)))
                .toList();
    }

    static Map<String, String> podLabels(Deployment deployment) {
        Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata() == null ? null
                : deployment.getSpec().getTemplate().getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                if (!matches(requirement, labels)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        List<String> values = requirement.getValues() == null ? List.of() : requirement.getValues();
        return switch (requirement.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> false;
        };
    }
}
