package org.twintowns.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A rendered overlay as editable documents, for tests that break one thing and expect the check to say so. */
final class Rendered {

    private static final YAMLMapper YAML = new YAMLMapper();
    private final List<JsonNode> documents;

    Rendered(String stream) {
        try {
            documents = new ArrayList<>(YAML.readValues(new YAMLFactory().createParser(stream), JsonNode.class).readAll());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document of that kind whose name starts with {@code name} (generated ConfigMaps carry a hash suffix). */
    ObjectNode find(String kind, String name) {
        return documents.stream()
                .filter(d -> kind.equals(d.path("kind").asText()))
                .filter(d -> d.path("metadata").path("name").asText().startsWith(name))
                .map(ObjectNode.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the rendered overlay"));
    }

    /** The first container of a Deployment. */
    ObjectNode container(String deployment) {
        return (ObjectNode) find("Deployment", deployment).at("/spec/template/spec/containers/0");
    }

    String yaml() {
        StringBuilder out = new StringBuilder();
        for (JsonNode document : documents) {
            try {
                out.append(YAML.writeValueAsString(document));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }
}
