package org.twintowns.openapi.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One OpenAPI document taking part in the merge: a service's contract ({@code events-service.yaml}
 * belongs to service {@code events}) or the gateway's own ({@code gateway.yaml}).
 */
public record Contract(String service, String fileName, ObjectNode document) {

    /** The service a contract file belongs to: its name without {@code .yaml} and {@code -service}. */
    public static String serviceOf(String fileName) {
        String stem = fileName.replaceFirst("\\.(ya?ml|json)$", "");
        return stem.endsWith("-service") ? stem.substring(0, stem.length() - "-service".length()) : stem;
    }

    public static Contract read(Path file) throws IOException {
        JsonNode document = Yaml.MAPPER.readTree(file.toFile());
        if (document == null || !document.isObject() || !document.path("openapi").asText().startsWith("3.")) {
            throw new MergeException(file.getFileName() + " is not an OpenAPI 3 document (no \"openapi: 3.x\")");
        }
        String fileName = file.getFileName().toString();
        return new Contract(serviceOf(fileName), fileName, (ObjectNode) document);
    }

    /** What a clashing component of this contract is renamed with: {@code events} gives {@code Events}. */
    public String prefix() {
        StringBuilder prefix = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                prefix.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return prefix.toString();
    }

    /** The object at {@code field}, or an empty one. */
    public ObjectNode section(String field) {
        JsonNode node = document.path(field);
        return node.isObject() ? (ObjectNode) node : Yaml.MAPPER.createObjectNode();
    }

    public ObjectNode components(String type) {
        JsonNode node = document.path("components").path(type);
        return node.isObject() ? (ObjectNode) node : Yaml.MAPPER.createObjectNode();
    }
}
