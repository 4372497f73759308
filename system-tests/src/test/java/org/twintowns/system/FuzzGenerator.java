package org.twintowns.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.twintowns.system.FuzzContract.Operation;
import org.twintowns.system.FuzzContract.Parameter;
import org.twintowns.system.FuzzPayloads.Payload;
import org.twintowns.system.FuzzPayloads.Raw;

/**
 * Makes request number {@code index} of a target from the contract, the same for the same seed:
 * the operation (in turn, so that every one is reached), a caller (none, an editor, an admin, or a
 * bad token), sensible values for its parameters and body ({@link FuzzValues}), then up to three
 * spoilings of parameters, body fields, the body as a whole, headers or the path.
 */
final class FuzzGenerator {


    /** A caller: what the report calls it, the Authorization header (null: none), and whether it may see no hidden item (no token, or none that counts). */
    record Caller(String label, String authorization, boolean outsider) {
    }

    private final long seed;
    private final Map<String, List<String>> readIds;
    private final Map<String, List<String>> writeIds;
    private final Supplier<List<Caller>> callers;
    private final byte[] png;

    /**
     * @param readIds ids requests may read (hidden items included: reads must not show them)
     * @param writeIds ids requests may write (no hidden item: a write by an admin could publish it)
     */
    FuzzGenerator(long seed, Map<String, List<String>> readIds, Map<String, List<String>> writeIds, Supplier<List<Caller>> callers,
                  byte[] png) {
        this.seed = seed;
        this.readIds = readIds;
        this.writeIds = writeIds;
        this.callers = callers;
        this.png = png;
    }

    /** The parameters, body and headers of one request while it is being spoiled. */
    static final class Draft {
        final Map<Parameter, List<Payload>> parameters = new LinkedHashMap<>();
        final List<Map.Entry<String, byte[]>> extraHeaders = new ArrayList<>();
        final List<String> extraQuery = new ArrayList<>();
        final List<String> mutations = new ArrayList<>();
        String mediaType;
        JsonNode json;
        Map<String, byte[]> parts;
        byte[] bytes;
        String contentType;
        String pathSuffix = "";
    }

    FuzzCase generate(String target, List<Operation> operations, int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + target.hashCode() * 0xC2B2AE3D27D4EB4FL + index);
        Operation operation = operations.get(index % operations.size());
        FuzzValues values = new FuzzValues(operation.method().equals("GET") ? readIds : writeIds, random);
        Caller caller = caller(random);
        Draft draft = new Draft();
        for (Parameter parameter : operation.parameters()) {
            if (parameter.required() || parameter.in().equals("path") || random.nextInt(10) < 4) {
                JsonNode value = values.valid(parameter.schema(), operation.template(), parameter.name(), 0);
                List<Payload> sent = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(v -> sent.add(Payload.text("valid", v.asText())));
                } else {
                    sent.add(Payload.text("valid", value.asText()));
                }
                draft.parameters.put(parameter, sent);
            }
        }
        if (!operation.bodies().isEmpty() && (operation.bodyRequired() || random.nextInt(10) < 8)) {
            List<String> media = new ArrayList<>(operation.bodies().keySet());
            draft.mediaType = media.contains("application/json") && random.nextInt(10) < 9 ? "application/json"
                    : media.get(random.nextInt(media.size()));
            draft.contentType = draft.mediaType;
            body(draft, operation, values, random);
        }
        int spoilings = random.nextInt(10) == 0 ? 0 : 1 + (random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0);
        for (int i = 0; i < spoilings; i++) {
            new FuzzMutations(random, values, operation).apply(draft);
        }
        return assemble(target, index, operation, caller, draft);
    }

    private Caller caller(SplittableRandom random) {
        List<Caller> callers = this.callers.get();
        int pick = random.nextInt(10);
        if (pick < 3) {
            return callers.get(0); // none
        }
        if (pick < 5) {
            return callers.get(1); // editor
        }
        if (pick < 8) {
            return callers.get(2); // admin
        }
        return callers.get(3 + random.nextInt(callers.size() - 3));
    }

    private void body(Draft draft, Operation operation, FuzzValues values, SplittableRandom random) {
        JsonNode schema = operation.bodies().get(draft.mediaType);
        switch (draft.mediaType) {
            case "application/json" -> draft.json = values.valid(schema, operation.template(), "body", 0);
            case "multipart/form-data" -> {
                draft.contentType = "multipart/form-data; boundary=" + FuzzMutations.BOUNDARY;
                draft.parts = new LinkedHashMap<>();
                draft.parts.put("file", png);
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                schema.path("properties").fieldNames().forEachRemaining(name -> {
                    if (!name.equals("file") && (required.contains(name) || random.nextBoolean())) {
                        draft.parts.put(name, values.valid(schema.get("properties").get(name), operation.template(), name, 1)
                                .asText().getBytes(StandardCharsets.UTF_8));
                    }
                });
            }
            default -> draft.bytes = (draft.mediaType.contains("tab")
                    ? "item\tlabel\tcountry\nQ1\tJena\tDE\nQ2\tBrovary\tUA\n"
                    : "ags;name;kind;state\n16053000;Jena;CITY;TH\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static FuzzCase assemble(String target, int index, Operation operation, Caller caller, Draft draft) {
        String path = operation.template();
        StringBuilder query = new StringBuilder();
        List<Map.Entry<String, byte[]>> headers = new ArrayList<>();
        if (caller.authorization() != null) {
            headers.add(Map.entry("Authorization", caller.authorization().getBytes(StandardCharsets.UTF_8)));
        }
        for (Map.Entry<Parameter, List<Payload>> entry : draft.parameters.entrySet()) {
            Parameter parameter = entry.getKey();
            for (Payload value : entry.getValue()) {
                switch (parameter.in()) {
                    case "path" -> path = path.replace("{" + parameter.name() + "}", FuzzPayloads.percentEncode(value.utf8()));
                    case "query" -> query.append(query.isEmpty() ? "" : "&").append(FuzzPayloads.percentEncode(
                            parameter.name().getBytes(StandardCharsets.UTF_8))).append('=')
                            .append(FuzzPayloads.percentEncode(value.utf8()));
                    case "header" -> headers.add(Map.entry(parameter.name(), value.utf8()));
                    default -> { } // No cookie parameters in the contract.
                }
            }
        }
        // A path parameter left out by a spoiling: an empty segment.
        path = path.replaceAll("\\{[^}]+}", "") + draft.pathSuffix;
        for (String extra : draft.extraQuery) {
            query.append(query.isEmpty() ? "" : "&").append(extra);
        }
        headers.addAll(draft.extraHeaders);
        byte[] body = serializedBody(draft);
        if (draft.contentType != null && body != null) {
            headers.add(Map.entry("Content-Type", FuzzPayloads.utf8(draft.contentType)));
        }
        return new FuzzCase(target, index, operation.name(), operation.method(),
                path + (query.isEmpty() ? "" : "?" + query), headers, body, caller.label(), caller.outsider(),
                List.copyOf(draft.mutations));
    }

    private static byte[] serializedBody(Draft draft) {
        if (draft.bytes != null) {
            return draft.bytes;
        }
        if (draft.json != null) {
            return FuzzPayloads.writeJson(draft.json);
        }
        if (draft.parts != null) {
            return FuzzMutations.multipart(draft.parts);
        }
        return null;
    }

    /** A JSON value written verbatim into the body. */
    static POJONode raw(byte[] bytes) {
        return new POJONode(new Raw(bytes));
    }
}
