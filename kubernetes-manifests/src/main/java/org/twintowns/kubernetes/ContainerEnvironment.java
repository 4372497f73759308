package org.twintowns.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The environment a container starts with, as far as the rendered objects tell: literal values and
 * values from ConfigMaps (a Secret's values are the operator's and unknown here, only their names).
 */
final class ContainerEnvironment {

    private ContainerEnvironment() {
    }

    /** Every variable name the container gets (env and envFrom), with its value where it is known. */
    static Map<String, String> of(Container container, String namespace, Manifests manifests) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (container.getEnvFrom() != null) {
            for (EnvFromSource source : container.getEnvFrom()) {
                String prefix = source.getPrefix() == null ? "" : source.getPrefix();
                if (source.getConfigMapRef() != null) {
                    manifests.configMap(namespace, source.getConfigMapRef().getName())
                            .map(ConfigMap::getData)
                            .ifPresent(data -> data.forEach((key, value) -> environment.put(prefix + key, value)));
                }
                if (source.getSecretRef() != null) {
                    manifests.secret(namespace, source.getSecretRef().getName())
                            .ifPresent(secret -> keys(secret.getData(), secret.getStringData())
                                    .forEach(key -> environment.put(prefix + key, "")));
                }
            }
        }
        if (container.getEnv() != null) {
            for (EnvVar variable : container.getEnv()) {
                environment.put(variable.getName(), valueOf(variable, namespace, manifests).orElse(""));
            }
        }
        return environment;
    }

    private static Optional<String> valueOf(EnvVar variable, String namespace, Manifests manifests) {
        if (variable.getValue() != null) {
            return Optional.of(variable.getValue());
        }
        if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
            var ref = variable.getValueFrom().getConfigMapKeyRef();
            return manifests.configMap(namespace, ref.getName())
                    .map(ConfigMap::getData)
                    .map(data -> data.get(ref.getKey()));
        }
        return Optional.empty();
    }

    static java.util.Set<String> keys(Map<String, String> data, Map<String, String> stringData) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        if (data != null) {
            keys.addAll(data.keySet());
        }
        if (stringData != null) {
            keys.addAll(stringData.keySet());
        }
        return keys;
    }
}
