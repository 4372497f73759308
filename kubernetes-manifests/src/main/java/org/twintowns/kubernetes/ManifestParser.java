package org.twintowns.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses a rendered YAML stream into the Kubernetes API types. Only the kinds the platform uses are
 * known, each at the API version it is written in: any other kind or version is a finding, as is a
 * field the type does not have (fabric8 keeps those aside instead of refusing them: {@link UnknownFields}).
 */
public final class ManifestParser {

    /** apiVersion/kind to type: what the platform's manifests may contain. */
    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    // Shared: a mapper builds its deserializers for the fabric8 types once, on first use.
    private static final ObjectMapper YAML = new YAMLMapper();
    // A value of the wrong type (text where a number belongs) fails the parse itself.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** The objects of the stream; what could not be parsed, or has unknown fields, goes to {@code findings}. */
    public Manifests parse(String stream, Findings findings) {
        List<HasMetadata> objects = new ArrayList<>();
        List<JsonNode> documents;
        try {
            documents = YAML.readValues(new YAMLFactory().createParser(stream), JsonNode.class).readAll();
        } catch (IOException e) {
            findings.add("the rendered YAML does not parse: " + e.getMessage());
            return new Manifests(objects);
        }
        int index = 0;
        for (JsonNode document : documents) {
            index++;
            if (document == null || document.isNull() || document.isMissingNode()) {
                continue;
            }
            String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
            String where = "document " + index + " (" + type + " " + document.path("metadata").path("name").asText() + ")";
            Class<? extends HasMetadata> target = TYPES.get(type);
            if (target == null) {
                findings.add(where + ": not a kind the platform uses (known: " + String.join(", ", TYPES.keySet().stream().sorted().toList()) + ")");
                continue;
            }
            try {
                HasMetadata object = MAPPER.treeToValue(document, target);
                UnknownFields.in(object).forEach(path -> findings.add(object, "unknown field " + path));
                objects.add(object);
            } catch (JsonProcessingException e) {
                findings.add(where + ": does not fit the Kubernetes type " + target.getSimpleName() + ": " + e.getOriginalMessage());
            }
        }
        return new Manifests(objects);
    }
}
