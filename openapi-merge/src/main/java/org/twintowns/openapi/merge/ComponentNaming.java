package org.twintowns.openapi.merge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides the merged name of every component (schemas, responses, parameters, ...; security
 * schemes have their own rules). Components of the same type and name that are equal in every
 * contract are kept once under that name. Where they differ, each contract's copy is renamed with
 * the contract's prefix ({@code Problem} becomes {@code EventsProblem}). "Equal" includes what they
 * refer to: two identical texts that refer to a component which itself differs are different, so
 * the decision is repeated until nothing changes.
 */
final class ComponentNaming {

    /** The component types whose members are referred to by {@code $ref}. */
    static final List<String> TYPES = List.of(
            "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks", "pathItems");

    private record TypeAndName(String type, String name) {
    }

    private final Map<String, Contract> byFile;
    private final Map<ComponentKey, JsonNode> definitions = new LinkedHashMap<>();
    private final Map<TypeAndName, List<ComponentKey>> byName = new LinkedHashMap<>();
    private final Set<TypeAndName> split = new HashSet<>();
    private final Map<ComponentKey, String> names = new HashMap<>();

    ComponentNaming(List<Contract> contracts, Map<String, Contract> byFile) {
        this.byFile = byFile;
        for (Contract contract : contracts) {
            for (String type : TYPES) {
                contract.components(type).fields().forEachRemaining(field -> {
                    ComponentKey key = new ComponentKey(contract.service(), type, field.getKey());
                    definitions.put(key, field.getValue());
                    byName.computeIfAbsent(new TypeAndName(type, field.getKey()), k -> new ArrayList<>()).add(key);
                });
            }
        }
        Map<String, Contract> byService = new HashMap<>();
        contracts.forEach(c -> byService.put(c.service(), c));
        splitDiffering(byService);
        assignNames(byService);
    }

    /** Every component of every contract, in contract order. */
    Set<ComponentKey> components() {
        return definitions.keySet();
    }

    JsonNode definition(ComponentKey key) {
        return definitions.get(key);
    }

    String nameOf(ComponentKey key) {
        return names.get(key);
    }

    /** Whether {@code key} is the copy kept of components shared under one name (the first contract's). */
    boolean isKept(ComponentKey key) {
        TypeAndName typeAndName = new TypeAndName(key.type(), key.name());
        return split.contains(typeAndName) || byName.get(typeAndName).get(0).equals(key);
    }

    /** {@code ref} as written in {@code from}, pointing at the merged name of its component. */
    String rewrite(Contract from, String ref) {
        References.Target target = References.target(from, ref, byFile);
        if (target == null) {
            return ref;
        }
        ComponentKey component = target.component();
        if (component.type().equals("securitySchemes")) {
            throw new MergeException(from.fileName() + " refers to security scheme " + ref + " by $ref, which is not supported");
        }
        return "#/components/" + component.type() + "/" + names.get(component) + target.rest();
    }

    private void splitDiffering(Map<String, Contract> byService) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<TypeAndName, List<ComponentKey>> entry : byName.entrySet()) {
                if (entry.getValue().size() < 2 || split.contains(entry.getKey())) {
                    continue;
                }
                JsonNode first = canonical(entry.getValue().get(0), byService);
                for (ComponentKey other : entry.getValue().subList(1, entry.getValue().size())) {
                    if (!first.equals(canonical(other, byService))) {
                        split.add(entry.getKey());
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    /** The definition with each reference replaced by the identity of its target under the current split. */
    private JsonNode canonical(ComponentKey key, Map<String, Contract> byService) {
        Contract from = byService.get(key.service());
        JsonNode copy = definitions.get(key).deepCopy();
        References.rewrite(copy, ref -> {
            References.Target target = References.target(from, ref, byFile);
            if (target == null) {
                return ref;
            }
            ComponentKey c = target.component();
            boolean own = split.contains(new TypeAndName(c.type(), c.name()));
            return (own ? c.service() + ":" : "") + c.type() + "/" + c.name() + target.rest();
        });
        return copy;
    }

    private void assignNames(Map<String, Contract> byService) {
        Map<TypeAndName, ComponentKey> taken = new HashMap<>();
        for (Map.Entry<TypeAndName, List<ComponentKey>> entry : byName.entrySet()) {
            for (ComponentKey key : entry.getValue()) {
                String name = split.contains(entry.getKey()) ? byService.get(key.service()).prefix() + key.name() : key.name();
                names.put(key, name);
                ComponentKey clash = taken.putIfAbsent(new TypeAndName(key.type(), name), key);
                if (clash != null && (split.contains(entry.getKey()) || !byName.get(entry.getKey()).contains(clash))) {
                    throw new MergeException("Component " + key.type() + "/" + key.name() + " of " + key.service()
                            + " differs from the other contracts' and would be renamed " + name
                            + ", but " + clash + " has that name already; rename one of them in its service");
                }
            }
        }
    }
}
