package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Optional;

/**
 * Every HorizontalPodAutoscaler scales an existing Deployment (which leaves its replica count to it, as a
 * count in the Deployment would be reset by every apply), and every PodDisruptionBudget covers the pods
 * of one; every Deployment has both.
 */
final class ScalingCheck implements Check {

    @Override
    public void check(Installation installation, Findings findings) {
        Manifests manifests = installation.manifests();
        for (HorizontalPodAutoscaler autoscaler : manifests.autoscalers()) {
            CrossVersionObjectReference target = autoscaler.getSpec().getScaleTargetRef();
            Optional<Deployment> deployment = "Deployment".equals(target.getKind()) && "apps/v1".equals(target.getApiVersion())
                    ? manifests.named(Deployment.class, autoscaler.getMetadata().getNamespace(), target.getName())
                    : Optional.empty();
            if (deployment.isEmpty()) {
                findings.add(autoscaler, "scales " + target.getApiVersion() + " " + target.getKind() + " " + target.getName()
                        + ", which is not defined");
            } else if (deployment.get().getSpec().getReplicas() != null) {
                findings.add(deployment.get(), "sets replicas, although HorizontalPodAutoscaler "
                        + autoscaler.getMetadata().getName() + " scales it: every apply would reset the count");
            }
            Integer min = autoscaler.getSpec().getMinReplicas();
            if (min != null && min > autoscaler.getSpec().getMaxReplicas()) {
                findings.add(autoscaler, "minReplicas " + min + " is above maxReplicas " + autoscaler.getSpec().getMaxReplicas());
            }
        }
        for (PodDisruptionBudget budget : manifests.disruptionBudgets()) {
            if (manifests.deploymentsSelectedBy(budget.getMetadata().getNamespace(), budget.getSpec().getSelector()).isEmpty()
                    || budget.getSpec().getSelector() == null) {
                findings.add(budget, "its selector matches the pods of no Deployment");
            }
        }
        for (Deployment deployment : manifests.deployments()) {
            String namespace = deployment.getMetadata().getNamespace();
            String name = deployment.getMetadata().getName();
            if (manifests.autoscalers().stream().noneMatch(a -> a.getSpec().getScaleTargetRef().getName().equals(name)
                    && java.util.Objects.equals(a.getMetadata().getNamespace(), namespace))) {
                findings.add(deployment, "no HorizontalPodAutoscaler scales it");
            }
            if (manifests.disruptionBudgets().stream().noneMatch(b -> java.util.Objects.equals(b.getMetadata().getNamespace(), namespace)
                    && b.getSpec().getSelector() != null
                    && Manifests.matches(b.getSpec().getSelector(), Manifests.podLabels(deployment)))) {
                findings.add(deployment, "no PodDisruptionBudget covers its pods");
            }
        }
    }
}
