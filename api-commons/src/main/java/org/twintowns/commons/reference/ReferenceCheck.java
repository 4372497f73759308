package org.twintowns.commons.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.problem.Problem;
import org.twintowns.commons.problem.ProblemException;

/**
 * The references of one write, field by field, checked together: each collection is asked once for
 * all its ids (owners in the order their fields were named), then every reference that does not exist
 * is named in one 422 ({@code participants[1]}: "no municipality with id ..."). Nothing is looked up
 * until {@link #verify()}.
 */
public final class ReferenceCheck {

    private final References references;
    private final List<Field> fields = new ArrayList<>();

    ReferenceCheck(References references) {
        this.references = references;
    }

    /** A field that holds one id, or null for none. */
    public ReferenceCheck one(String field, RemoteCollection collection, UUID id) {
        if (id != null) {
            fields.add(new Field(field, collection, List.of(id), false));
        }
        return this;
    }

    /** A field that holds a list of ids (null for none); errors name each position, {@code field[i]}. */
    public ReferenceCheck each(String field, RemoteCollection collection, List<UUID> ids) {
        if (ids != null && !ids.isEmpty()) {
            fields.add(new Field(field, collection, List.copyOf(ids), true));
        }
        return this;
    }

    /**
     * Looks every reference up.
     *
     * @return the records that were referenced, for what a write keeps of them (a municipality's country)
     * @throws ProblemException 422 naming each reference that does not exist
     * @throws ReferencesUnavailableException when an owning service gives no usable answer
     */
    public Found verify() {
        // Collections in the order the fields name them: the first owner that cannot answer is the one the 503 names.
        Map<RemoteCollection, Set<UUID>> asked = new LinkedHashMap<>();
        for (Field field : fields) {
            asked.computeIfAbsent(field.collection(), c -> new LinkedHashSet<>()).addAll(field.ids());
        }
        Map<RemoteCollection, Map<UUID, JsonNode>> found = new EnumMap<>(RemoteCollection.class);
        asked.forEach((collection, ids) -> found.put(collection, references.find(collection, ids)));
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (Field field : fields) {
            Map<UUID, JsonNode> existing = found.get(field.collection());
            for (int i = 0; i < field.ids().size(); i++) {
                UUID id = field.ids().get(i);
                if (!existing.containsKey(id)) {
                    unknown.add(new Problem.FieldError(field.list() ? field.name() + "[" + i + "]" : field.name(),
                            "no " + field.collection().singular() + " with id " + id));
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unknownReferences(unknown);
        }
        return new Found(found);
    }

    private record Field(String name, RemoteCollection collection, List<UUID> ids, boolean list) {
    }

    /** The referenced records that exist, by collection. */
    public static final class Found {

        private final Map<RemoteCollection, Map<UUID, JsonNode>> records;

        Found(Map<RemoteCollection, Map<UUID, JsonNode>> records) {
            this.records = records;
        }

        /** The referenced records of a collection, as its owner answered them. */
        public Collection<JsonNode> records(RemoteCollection collection) {
            return records.getOrDefault(collection, Map.of()).values();
        }
    }
}
