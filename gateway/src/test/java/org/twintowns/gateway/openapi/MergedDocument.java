package org.twintowns.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What the tests compare with: the merged document the build wrote, and the contracts it came from. */
final class MergedDocument {

    static final Path FILE = Path.of("target", "openapi", "twintowns-openapi.yaml");
    static final Path CONTRACTS = Path.of("..", "contracts");
    static final ObjectMapper YAML = new YAMLMapper();
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private MergedDocument() {
    }

    static JsonNode read() {
        return read(FILE);
    }

    static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + " (the gateway build writes it)", e);
        }
    }

    /** Every contract in contracts/ by the service that owns it ("gateway" for gateway.yaml). */
    static Map<String, JsonNode> contracts() {
        Map<String, JsonNode> contracts = new TreeMap<>();
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            files.filter(f -> f.toString().endsWith(".yaml")).forEach(file -> contracts.put(
                    file.getFileName().toString().replaceFirst("(-service)?\\.yaml$", ""), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contracts;
    }

    static List<String> paths(JsonNode document) {
        List<String> paths = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    static List<String> methods(JsonNode pathItem) {
        return METHODS.stream().filter(pathItem::has).toList();
    }

    /** A concrete path for a template: each {parameter} becomes a sample segment. */
    static String instantiate(String template) {
        return template.replaceAll("\\{([^}/]+)}", "sample-$1");
    }
}
