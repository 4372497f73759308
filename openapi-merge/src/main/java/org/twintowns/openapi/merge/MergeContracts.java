package org.twintowns.openapi.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line of the merge, run by the gateway's build:
 * {@code MergeContracts --contracts DIR [--gateway gateway.yaml] [--server-url /] [--version V] --out FILE...}.
 * Every {@code *.yaml} in DIR other than the gateway's is a service contract; each output is
 * written as JSON when its name ends in {@code .json}, otherwise as YAML.
 */
public final class MergeContracts {

    private MergeContracts() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = null;
        String gatewayFile = "gateway.yaml";
        String serverUrl = "/";
        String version = null;
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--contracts" -> directory = Path.of(required(args[i], value));
                case "--gateway" -> gatewayFile = required(args[i], value);
                case "--server-url" -> serverUrl = required(args[i], value);
                case "--version" -> version = required(args[i], value);
                case "--out" -> outputs.add(Path.of(required(args[i], value)));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
            i++;
        }
        if (directory == null || outputs.isEmpty()) {
            throw new IllegalArgumentException("Usage: MergeContracts --contracts DIR [--gateway FILE] "
                    + "[--server-url URL] [--version V] --out FILE...");
        }
        ObjectNode merged = merge(directory, gatewayFile, new ContractMerger.Options(serverUrl, version));
        for (Path output : outputs) {
            write(merged, output);
        }
        System.out.println("Merged " + merged.path("paths").size() + " paths of " + directory + " into " + outputs);
    }

    /** Merges the gateway's contract and every other contract of {@code directory} (in name order). */
    public static ObjectNode merge(Path directory, String gatewayFile, ContractMerger.Options options) throws IOException {
        Contract gateway = Contract.read(directory.resolve(gatewayFile));
        List<Contract> services = new ArrayList<>();
        for (Path file : contractFiles(directory)) {
            if (!file.getFileName().toString().equals(gatewayFile)) {
                services.add(Contract.read(file));
            }
        }
        return ContractMerger.merge(gateway, services, options);
    }

    /**
     * The OpenAPI documents of {@code directory} (in name order): its {@code *.yaml} files with an
     * {@code openapi} field. Others live there too, such as the lint ruleset and the list of
     * acknowledged breaking changes.
     */
    public static List<Path> contractFiles(Path directory) throws IOException {
        List<Path> contracts = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                if (!file.getFileName().toString().startsWith(".") && Yaml.MAPPER.readTree(file.toFile()).has("openapi")) {
                    contracts.add(file);
                }
            }
        }
        return contracts;
    }

    public static void write(ObjectNode document, Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        byte[] bytes = output.getFileName().toString().endsWith(".json")
                ? Yaml.JSON.writeValueAsBytes(document)
                : Yaml.MAPPER.writeValueAsBytes(document);
        Files.write(output, bytes);
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
