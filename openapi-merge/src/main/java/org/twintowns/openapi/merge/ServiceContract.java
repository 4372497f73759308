package org.twintowns.openapi.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line run by each service's build: {@code ServiceContract --contract FILE --out DIR}. Puts the
 * service's committed contract into its application as {@code DIR/openapi.yaml}, byte for byte, and
 * {@code DIR/openapi.json}, the same document as JSON; the service serves them at {@code /q/openapi}
 * (api-commons' {@code ServiceContractRoutes}).
 */
public final class ServiceContract {

    private ServiceContract() {
    }

    public static void main(String[] args) throws IOException {
        Path contract = null;
        Path directory = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--contract" -> contract = Path.of(args[i + 1]);
                case "--out" -> directory = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (contract == null || directory == null || args.length % 2 != 0) {
            throw new IllegalArgumentException("Usage: ServiceContract --contract FILE --out DIR");
        }
        write(contract, directory);
        System.out.println("Wrote " + contract + " into " + directory + " as openapi.yaml and openapi.json");
    }

    /** The contract as it is and as JSON, into {@code directory}. */
    public static void write(Path contract, Path directory) throws IOException {
        byte[] yaml = Files.readAllBytes(contract);
        JsonNode document = Yaml.MAPPER.readTree(yaml);
        if (!document.isObject() || !document.has("openapi")) {
            throw new IllegalArgumentException(contract + " is not an OpenAPI document");
        }
        Files.createDirectories(directory);
        Files.write(directory.resolve("openapi.yaml"), yaml);
        Files.write(directory.resolve("openapi.json"), Yaml.JSON.writeValueAsBytes(document));
    }
}
