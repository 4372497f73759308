package org.twintowns.openapi.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The union of the contracts' paths (or webhooks). A path may belong to one contract only, since
 * the gateway routes by path: two contracts with the same path, also written with other parameter
 * names, fail the merge. Each operation keeps its contract's security (a contract-wide requirement
 * moves onto its operations) and gets the answers the gateway itself may give on a proxied route.
 * Servers of paths and operations are dropped: every call goes through the gateway.
 */
final class PathMerge {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ComponentNaming naming;
    private final SecuritySchemes security;
    private final Contract gateway;
    private final Map<String, String> operationIds = new HashMap<>();

    PathMerge(ComponentNaming naming, SecuritySchemes security, Contract gateway) {
        this.naming = naming;
        this.security = security;
        this.gateway = gateway;
    }

    ObjectNode merge(String section, List<Contract> contracts) {
        Map<String, JsonNode> merged = new TreeMap<>();
        Map<String, String> owners = new HashMap<>();
        for (Contract contract : contracts) {
            contract.section(section).fields().forEachRemaining(field -> {
                String template = field.getKey().replaceAll("\\{[^}/]*}", "{}");
                String owner = owners.putIfAbsent(template, contract.fileName());
                if (owner != null) {
                    throw new MergeException(section + " " + field.getKey() + " is in both " + owner + " and "
                            + contract.fileName() + ": a path belongs to one service, which the gateway routes it to");
                }
                merged.put(field.getKey(), pathItem(contract, field.getKey(), field.getValue(), section.equals("paths")));
            });
        }
        ObjectNode result = Yaml.MAPPER.createObjectNode();
        merged.forEach(result::set);
        return result;
    }

    private JsonNode pathItem(Contract contract, String path, JsonNode original, boolean proxied) {
        ObjectNode item = original.deepCopy();
        item.remove("servers");
        References.rewrite(item, ref -> naming.rewrite(contract, ref));
        JsonNode contractSecurity = contract.document().get("security");
        for (String method : METHODS) {
            if (!(item.get(method) instanceof ObjectNode operation)) {
                continue;
            }
            operation.remove("servers");
            JsonNode requirements = operation.has("security") ? operation.get("security") : contractSecurity;
            if (requirements != null) {
                operation.set("security", security.rewrite(contract, requirements));
            }
            String operationId = operation.path("operationId").asText(null);
            if (operationId != null) {
                String other = operationIds.putIfAbsent(operationId, contract.fileName() + " " + method.toUpperCase() + " " + path);
                if (other != null) {
                    throw new MergeException("operationId " + operationId + " of " + contract.fileName() + " "
                            + method.toUpperCase() + " " + path + " is used by " + other + " too; operationIds must be unique");
                }
            }
            if (proxied && contract != gateway) {
                addGatewayResponses(contract, original.get(method), operation);
            }
        }
        return item;
    }

    /**
     * The gateway's {@code x-gateway-responses}, for each status the service does not document itself. A
     * status that both may answer (503: the service cannot use its database, or the gateway cannot reach
     * the service) is documented once: the service's response with both descriptions, and the headers of
     * both, the gateway's where both name one (its schema is the wider).
     */
    private void addGatewayResponses(Contract contract, JsonNode originalOperation, ObjectNode operation) {
        JsonNode gatewayResponses = gateway.document().path(ContractMerger.GATEWAY_RESPONSES);
        if (!gatewayResponses.isObject()) {
            return;
        }
        ObjectNode responses = operation.get("responses") instanceof ObjectNode existing
                ? existing : operation.putObject("responses");
        gatewayResponses.fields().forEachRemaining(field -> {
            if (!responses.has(field.getKey())) {
                JsonNode response = field.getValue().deepCopy();
                References.rewrite(response, ref -> naming.rewrite(gateway, ref));
                responses.set(field.getKey(), response);
                return;
            }
            JsonNode own = resolve(contract, originalOperation.path("responses").path(field.getKey()));
            JsonNode fromGateway = resolve(gateway, field.getValue());
            if (!own.isObject() || !fromGateway.isObject()) {
                return;
            }
            ObjectNode both = own.deepCopy();
            References.rewrite(both, ref -> naming.rewrite(contract, ref));
            JsonNode gatewayPart = fromGateway.deepCopy();
            References.rewrite(gatewayPart, ref -> naming.rewrite(gateway, ref));
            both.put("description", both.path("description").asText() + ". From the gateway: "
                    + gatewayPart.path("description").asText());
            if (gatewayPart.path("headers").isObject()) {
                ObjectNode headers = both.get("headers") instanceof ObjectNode h ? h : both.putObject("headers");
                gatewayPart.get("headers").fields().forEachRemaining(h -> headers.set(h.getKey(), h.getValue()));
            }
            responses.set(field.getKey(), both);
        });
    }

    /** A response, or the component its local reference names. */
    private static JsonNode resolve(Contract contract, JsonNode response) {
        String ref = response.path("$ref").asText("");
        return ref.startsWith("#/") ? contract.document().at(ref.substring(1)) : response;
    }
}
