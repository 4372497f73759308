package org.twintowns.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The committed contracts (contracts/*.yaml) as JSON trees, with their operations listed and their
 * references followed, also into another contract ({@code partnerships-service.yaml#/...}).
 */
final class ContractDocuments {

    static final Path FOLDER = Path.of("..", "contracts");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, JsonNode> documents = new HashMap<>();

    /** One operation of a contract: where it is, and its tree. */
    record Operation(String contract, String method, String path, JsonNode node) {

        @Override
        public String toString() {
            return contract + ": " + method.toUpperCase() + " " + path;
        }
    }

    /** The file names of the OpenAPI contracts, without the list of acknowledged breaking changes. */
    static List<String> names() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals(ContractCompatibility.ACKNOWLEDGEMENTS))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode document(String name) {
        return documents.computeIfAbsent(name, file -> {
            try {
                return YAML.readTree(FOLDER.resolve(file).toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    List<Operation> operations(String name) {
        List<Operation> operations = new ArrayList<>();
        document(name).path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(new Operation(name, method.getKey(), path.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    /** The node itself, or what its {@code $ref} names, followed until it is no reference. */
    JsonNode resolved(String contract, JsonNode node) {
        String current = contract;
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            int hash = ref.indexOf('#');
            if (hash > 0) {
                current = ref.substring(0, hash);
            }
            node = document(current).at(ref.substring(hash + 1));
        }
        return node;
    }
}
