package org.twintowns.openapi.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the services' contracts and the gateway's own into one OpenAPI document for clients of
 * the gateway: every path, components without name clashes, one set of security schemes, the
 * tags, the gateway's info and servers that point at the gateway.
 */
public final class ContractMerger {

    /** In the gateway's contract: answers the gateway itself may give on every proxied operation. */
    static final String GATEWAY_RESPONSES = "x-gateway-responses";

    static final String SERVER_DESCRIPTION = "The TwinTowns gateway that serves this document, in every environment "
            + "(local, staging, production)";

    /** Where clients reach the gateway, and the version the merged document carries (null: the gateway contract's). */
    public record Options(String serverUrl, String version) {
    }

    private ContractMerger() {
    }

    public static ObjectNode merge(Contract gateway, List<Contract> services, Options options) {
        List<Contract> all = new ArrayList<>();
        all.add(gateway);
        all.addAll(services);
        Map<String, Contract> byFile = new HashMap<>();
        all.forEach(c -> byFile.put(c.fileName(), c));
        ComponentNaming naming = new ComponentNaming(all, byFile);
        SecuritySchemes security = new SecuritySchemes(all);
        PathMerge paths = new PathMerge(naming, security, gateway);

        ObjectNode out = Yaml.MAPPER.createObjectNode();
        out.put("openapi", openapiVersion(all));
        ObjectNode info = gateway.section("info").deepCopy();
        if (!info.hasNonNull("title")) {
            throw new MergeException(gateway.fileName() + " has no info.title for the merged document");
        }
        if (options.version() != null) {
            info.put("version", options.version());
        }
        out.set("info", info);
        // One server for every environment (local, staging, production): the gateway that serves the
        // document; it is the platform's public face (x-internal: false).
        out.putArray("servers").addObject().put("url", options.serverUrl())
                .put("description", SERVER_DESCRIPTION).put("x-internal", false);
        if (gateway.document().has("security")) {
            out.set("security", security.rewrite(gateway, gateway.document().get("security")));
        }
        out.set("tags", tags(all));
        out.set("paths", paths.merge("paths", all));
        ObjectNode webhooks = paths.merge("webhooks", all);
        if (!webhooks.isEmpty()) {
            out.set("webhooks", webhooks);
        }
        out.set("components", components(all, naming, security));
        gateway.document().fields().forEachRemaining(field -> {
            boolean kept = field.getKey().equals("externalDocs") || field.getKey().equals("jsonSchemaDialect")
                    || field.getKey().startsWith("x-") && !field.getKey().equals(GATEWAY_RESPONSES)
                    && !field.getKey().equals(GatewayHeaders.EXTENSION);
            if (kept) {
                out.set(field.getKey(), field.getValue().deepCopy());
            }
        });
        GatewayHeaders.add(out, gateway, naming);
        dropUnusedResponses(out);
        checkReferences(out);
        return out;
    }

    private static String openapiVersion(List<Contract> contracts) {
        String version = contracts.get(0).document().path("openapi").asText();
        for (Contract contract : contracts) {
            String other = contract.document().path("openapi").asText();
            if (!majorMinor(other).equals(majorMinor(version))) {
                throw new MergeException(contract.fileName() + " is OpenAPI " + other + ", " + contracts.get(0).fileName()
                        + " is " + version + ": merged contracts must share the OpenAPI version");
            }
            version = other.compareTo(version) > 0 ? other : version;
        }
        return version;
    }

    private static String majorMinor(String version) {
        String[] parts = version.split("\\.");
        return parts.length < 2 ? version : parts[0] + "." + parts[1];
    }

    /** The gateway's tags first, in its order; a tag's fields come from the first contract that gives them. */
    private static ArrayNode tags(List<Contract> gatewayFirst) {
        Map<String, ObjectNode> tags = new LinkedHashMap<>();
        for (Contract contract : gatewayFirst) {
            for (JsonNode tag : contract.document().path("tags")) {
                ObjectNode merged = tags.computeIfAbsent(tag.path("name").asText(), n -> Yaml.MAPPER.createObjectNode());
                tag.fields().forEachRemaining(f -> {
                    if (!merged.has(f.getKey())) {
                        merged.set(f.getKey(), f.getValue().deepCopy());
                    }
                });
            }
        }
        ArrayNode result = Yaml.MAPPER.createArrayNode();
        tags.values().forEach(result::add);
        return result;
    }

    private static ObjectNode components(List<Contract> all, ComponentNaming naming, SecuritySchemes security) {
        Map<String, Contract> byService = new HashMap<>();
        all.forEach(c -> byService.put(c.service(), c));
        Map<String, Map<String, JsonNode>> byType = new LinkedHashMap<>();
        for (ComponentKey key : naming.components()) {
            if (naming.isKept(key)) {
                JsonNode definition = naming.definition(key).deepCopy();
                Contract from = byService.get(key.service());
                References.rewrite(definition, ref -> naming.rewrite(from, ref));
                byType.computeIfAbsent(key.type(), t -> new TreeMap<>()).put(naming.nameOf(key), definition);
            }
        }
        ObjectNode components = Yaml.MAPPER.createObjectNode();
        for (String type : ComponentNaming.TYPES) {
            if (byType.containsKey(type)) {
                byType.get(type).forEach(components.putObject(type)::set);
            }
        }
        if (!security.merged().isEmpty()) {
            components.set("securitySchemes", security.merged());
        }
        return components;
    }

    /**
     * Shared responses that nothing refers to any more: where a service and the gateway both answer a
     * status, the merged operation spells the response out ({@link PathMerge}).
     */
    private static void dropUnusedResponses(ObjectNode document) {
        if (!(document.path("components").get("responses") instanceof ObjectNode responses)) {
            return;
        }
        Set<String> used = new HashSet<>(References.all(document));
        List<String> unused = new ArrayList<>();
        responses.fieldNames().forEachRemaining(name -> {
            if (!used.contains("#/components/responses/" + name)) {
                unused.add(name);
            }
        });
        responses.remove(unused);
        if (responses.isEmpty()) {
            ((ObjectNode) document.get("components")).remove("responses");
        }
    }

    /** Every reference of the merged document must be local and lead somewhere. */
    private static void checkReferences(ObjectNode document) {
        List<String> dangling = References.all(document).stream()
                .filter(ref -> !ref.startsWith("#/") || document.at(ref.substring(1)).isMissingNode())
                .distinct()
                .toList();
        if (!dangling.isEmpty()) {
            throw new MergeException("The merged document has references that lead nowhere: " + dangling);
        }
    }
}
