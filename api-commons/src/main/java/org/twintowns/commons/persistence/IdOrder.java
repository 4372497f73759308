package org.twintowns.commons.persistence;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Puts entities loaded by id ({@code id in :ids}) back in the order of the ids, which the database
 * does not keep: a page is found as ordered ids first, then its entities are loaded.
 */
public final class IdOrder {

    private IdOrder() {
    }

    /** The entities in the order of {@code ids}; each entity's id must be among them. */
    public static <E> List<E> inOrderOf(List<UUID> ids, Collection<E> entities, Function<E, UUID> id) {
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.putIfAbsent(ids.get(i), i);
        }
        return entities.stream().sorted(Comparator.comparing(e -> position.get(id.apply(e)))).toList();
    }
}
