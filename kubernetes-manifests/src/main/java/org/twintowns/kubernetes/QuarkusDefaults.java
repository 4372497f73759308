package org.twintowns.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The defaults of Quarkus configuration properties, as the extensions on the classpath publish them in
 * their configuration model ({@code META-INF/quarkus-config-doc/quarkus-config-model.json}): the health
 * paths of quarkus-smallrye-health, the non-application root and the management interface of
 * quarkus-vertx-http. Read from the Quarkus version the build uses, so that an upgrade that moves a
 * default is noticed here, not in a cluster.
 */
final class QuarkusDefaults {

    private static final String MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";
    private static final Map<String, String> DEFAULTS = load();

    private QuarkusDefaults() {
    }

    static String of(String property) {
        String value = DEFAULTS.get(property);
        if (value == null) {
            throw new IllegalStateException("no default for " + property + " in the Quarkus configuration models on the classpath");
        }
        return value;
    }

    private static Map<String, String> load() {
        Map<String, String> defaults = new HashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        try {
            for (URL url : Collections.list(QuarkusDefaults.class.getClassLoader().getResources(MODEL))) {
                try (InputStream in = url.openStream()) {
                    collect(mapper.readTree(in), defaults);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Quarkus configuration models", e);
        }
        return Map.copyOf(defaults);
    }

    /** Every object of the model with a property path and a default value, however deep. */
    private static void collect(JsonNode node, Map<String, String> defaults) {
        if (node.isObject()) {
            JsonNode path = node.path("path");
            String property = path.isTextual() ? path.asText() : path.path("property").asText(null);
            if (property != null && node.hasNonNull("defaultValue")) {
                defaults.put(property, node.get("defaultValue").asText());
            }
        }
        node.forEach(child -> collect(child, defaults));
    }
}
