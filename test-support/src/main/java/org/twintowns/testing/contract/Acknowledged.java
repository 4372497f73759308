package org.twintowns.testing.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The breaking changes made on purpose, as listed in {@code contracts/breaking-changes.yaml}: each
 * entry names the contract, the change exactly as the check reports it, and the reason. A change
 * written {@code "*: what"} stands for that change in every operation of the contract.
 */
public final class Acknowledged {

    private final Set<String> entries;

    private Acknowledged(Set<String> entries) {
        this.entries = entries;
    }

    /** Reads the file; a missing file acknowledges nothing, an entry without a reason is an error. */
    public static Acknowledged read(Path file) throws IOException {
        Set<String> entries = new HashSet<>();
        if (!Files.exists(file)) {
            return new Acknowledged(entries);
        }
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        JsonNode list = root == null ? null : root.get("acknowledged");
        if (list == null || list.isNull()) {
            return new Acknowledged(entries);
        }
        for (JsonNode entry : list) {
            String contract = entry.path("contract").asText("");
            String change = entry.path("change").asText("");
            String reason = entry.path("reason").asText("");
            if (contract.isBlank() || change.isBlank() || reason.isBlank()) {
                throw new IllegalStateException(file + ": every entry needs contract, change and reason: " + entry);
            }
            entries.add(key(contract, change));
        }
        return new Acknowledged(entries);
    }

    public boolean contains(String contract, String change) {
        if (entries.contains(key(contract, change))) {
            return true;
        }
        int colon = change.indexOf(": ");
        return colon > 0 && entries.contains(key(contract, "*" + change.substring(colon)));
    }

    private static String key(String contract, String change) {
        return contract + "\n" + change;
    }
}
