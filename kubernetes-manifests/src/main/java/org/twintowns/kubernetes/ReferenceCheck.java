package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every ConfigMap and Secret key a Deployment reads (env valueFrom, envFrom, volumes) and every TLS
 * Secret of an Ingress is defined: in the rendered objects, or, for Secrets, in the list of those the
 * operator creates. Everything on that list is read by something, so that it cannot drift.
 */
final class ReferenceCheck implements Check {

    @Override
    public void check(Installation installation, Findings findings) {
        Map<String, Set<String>> operatorKeysRead = new HashMap<>();
        for (Deployment deployment : installation.manifests().deployments()) {
            String namespace = deployment.getMetadata().getNamespace();
            var pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                if (container.getEnv() != null) {
                    for (EnvVar variable : container.getEnv()) {
                        checkValueFrom(installation, deployment, namespace, container, variable, operatorKeysRead, findings);
                    }
                }
                if (container.getEnvFrom() != null) {
                    for (EnvFromSource source : container.getEnvFrom()) {
                        checkEnvFrom(installation, deployment, namespace, container, source, operatorKeysRead, findings);
                    }
                }
            }
            if (pod.getVolumes() != null) {
                for (Volume volume : pod.getVolumes()) {
                    if (volume.getConfigMap() != null && !isTrue(volume.getConfigMap().getOptional())
                            && installation.manifests().configMap(namespace, volume.getConfigMap().getName()).isEmpty()) {
                        findings.add(deployment, "volume " + volume.getName() + ": no ConfigMap " + volume.getConfigMap().getName());
                    }
                    if (volume.getSecret() != null && !isTrue(volume.getSecret().getOptional())
                            && secretKeys(installation, namespace, volume.getSecret().getSecretName(), operatorKeysRead, null).isEmpty()) {
                        findings.add(deployment, "volume " + volume.getName() + ": no Secret " + volume.getSecret().getSecretName());
                    }
                }
            }
        }
        for (Ingress ingress : installation.manifests().ingresses()) {
            if (ingress.getSpec().getTls() == null) {
                continue;
            }
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                Optional<Set<String>> keys = secretKeys(installation, ingress.getMetadata().getNamespace(), tls.getSecretName(),
                        operatorKeysRead, Set.of("tls.crt", "tls.key"));
                if (keys.isEmpty() || !keys.get().containsAll(Set.of("tls.crt", "tls.key"))) {
                    findings.add(ingress, "TLS Secret " + tls.getSecretName() + " with tls.crt and tls.key is not defined");
                }
            }
        }
        installation.operatorSecrets().forEach((name, keys) -> {
            Set<String> unread = new HashSet<>(keys);
            unread.removeAll(operatorKeysRead.getOrDefault(name, Set.of()));
            if (!unread.isEmpty()) {
                findings.add("secrets.yaml lists Secret " + name + " key(s) " + unread + " that nothing reads");
            }
        });
    }

    private static void checkValueFrom(Installation installation, HasMetadata owner, String namespace, Container container,
            EnvVar variable, Map<String, Set<String>> operatorKeysRead, Findings findings) {
        if (variable.getValueFrom() == null) {
            return;
        }
        String where = "container " + container.getName() + ": " + variable.getName();
        var configRef = variable.getValueFrom().getConfigMapKeyRef();
        if (configRef != null && !isTrue(configRef.getOptional())) {
            Optional<ConfigMap> map = installation.manifests().configMap(namespace, configRef.getName());
            if (map.isEmpty()) {
                findings.add(owner, where + " reads ConfigMap " + configRef.getName() + ", which is not defined");
            } else if (map.get().getData() == null || !map.get().getData().containsKey(configRef.getKey())) {
                findings.add(owner, where + " reads key " + configRef.getKey() + " of ConfigMap " + configRef.getName()
                        + ", which has no such key");
            }
        }
        var secretRef = variable.getValueFrom().getSecretKeyRef();
        if (secretRef != null && !isTrue(secretRef.getOptional())) {
            Optional<Set<String>> keys = secretKeys(installation, namespace, secretRef.getName(), operatorKeysRead,
                    Set.of(secretRef.getKey()));
            if (keys.isEmpty()) {
                findings.add(owner, where + " reads Secret " + secretRef.getName()
                        + ", which is neither defined nor in the overlay's secrets.yaml");
            } else if (!keys.get().contains(secretRef.getKey())) {
                findings.add(owner, where + " reads key " + secretRef.getKey() + " of Secret " + secretRef.getName()
                        + ", which has no such key");
            }
        }
    }

    private static void checkEnvFrom(Installation installation, HasMetadata owner, String namespace, Container container,
            EnvFromSource source, Map<String, Set<String>> operatorKeysRead, Findings findings) {
        if (source.getConfigMapRef() != null && !isTrue(source.getConfigMapRef().getOptional())
                && installation.manifests().configMap(namespace, source.getConfigMapRef().getName()).isEmpty()) {
            findings.add(owner, "container " + container.getName() + " takes every key of ConfigMap "
                    + source.getConfigMapRef().getName() + ", which is not defined");
        }
        if (source.getSecretRef() != null && !isTrue(source.getSecretRef().getOptional())) {
            Optional<Set<String>> keys = secretKeys(installation, namespace, source.getSecretRef().getName(), operatorKeysRead, null);
            if (keys.isEmpty()) {
                findings.add(owner, "container " + container.getName() + " takes every key of Secret "
                        + source.getSecretRef().getName() + ", which is neither defined nor in the overlay's secrets.yaml");
            }
        }
    }

    /**
     * A Secret's keys: from the rendered Secret, else from the operator's list (then marking {@code read}
     * as read, or all of its keys when {@code read} is null).
     */
    private static Optional<Set<String>> secretKeys(Installation installation, String namespace, String name,
            Map<String, Set<String>> operatorKeysRead, Set<String> read) {
        Optional<Secret> secret = installation.manifests().secret(namespace, name);
        if (secret.isPresent()) {
            return Optional.of(ContainerEnvironment.keys(secret.get().getData(), secret.get().getStringData()));
        }
        Set<String> listed = installation.operatorSecrets().get(name);
        if (listed == null) {
            return Optional.empty();
        }
        operatorKeysRead.computeIfAbsent(name, n -> new HashSet<>()).addAll(read == null ? listed : read);
        return Optional.of(listed);
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
