package org.twintowns.openapi.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.twintowns.openapi.merge.Yaml;

/**
 * Command line, run by the gateway's build after the merge:
 * {@code WriteEventsContract --openapi MERGED.yaml --version V --committed contracts/FILE [--update true|false]}.
 * Writes the AsyncAPI document the merged OpenAPI document implies and compares it with the committed
 * one: a difference fails the build (drift), unless {@code --update true} rewrites the committed file.
 */
public final class WriteEventsContract {

    private WriteEventsContract() {
    }

    public static void main(String[] args) throws IOException {
        Path openApi = null;
        Path committed = null;
        String version = "0";
        boolean update = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--openapi" -> openApi = Path.of(args[i + 1]);
                case "--committed" -> committed = Path.of(args[i + 1]);
                case "--version" -> version = args[i + 1];
                case "--update" -> update = Boolean.parseBoolean(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (openApi == null || committed == null) {
            throw new IllegalArgumentException("Usage: WriteEventsContract --openapi FILE --committed FILE "
                    + "[--version V] [--update true]");
        }
        JsonNode merged = Yaml.MAPPER.readTree(openApi.toFile());
        ObjectNode document = EventsContract.write(merged, version);
        String written = Yaml.MAPPER.writeValueAsString(document);
        String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if (written.equals(current)) {
            System.out.println("The events contract " + committed + " matches the services' contracts");
        } else if (update) {
            Files.writeString(committed, written, StandardCharsets.UTF_8);
            System.out.println("Rewrote the events contract " + committed + "; review and commit it");
        } else {
            throw new IllegalStateException("The events contract " + committed + " differs from what the services' "
                    + "contracts imply (drift). Run the build with -Dcontracts.update=true, review the diff of "
                    + committed + " and commit it.");
        }
    }
}
