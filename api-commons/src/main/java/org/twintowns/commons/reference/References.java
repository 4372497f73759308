package org.twintowns.commons.reference;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

/**
 * Checks references to records that other services own, the same way in every service: ask the
 * owner in batches ({@link #find}), or name each missing reference of a write at once ({@link #check}).
 * Calls carry the request id ({@link org.twintowns.commons.requestid.RequestIdClientFilter}) and, when
 * tracing is on, the W3C trace context, like every call of a Quarkus REST client. Never call it inside
 * a database transaction: a slow owner would hold the connection.
 */
@ApplicationScoped
public class References {

    @Inject
    ReferencesConfig config;

    private final Map<String, OwnerClient> owners = new ConcurrentHashMap<>();

    /** A check of a write's references: name its fields and their ids, then {@link ReferenceCheck#verify()}. */
    public ReferenceCheck check() {
        return new ReferenceCheck(this);
    }

    /**
     * The records among {@code ids} that exist, by id, in as few requests as the owner's limit allows.
     *
     * @throws ReferencesUnavailableException when the owning service gives no usable answer
     */
    public Map<UUID, JsonNode> find(RemoteCollection collection, Collection<UUID> ids) {
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        Map<UUID, JsonNode> found = new HashMap<>();
        OwnerClient owner = owner(collection.owner());
        for (int from = 0; from < distinct.size(); from += RecordAnswers.MAX_IDS) {
            List<UUID> batch = distinct.subList(from, Math.min(distinct.size(), from + RecordAnswers.MAX_IDS));
            found.putAll(owner.find(collection, batch));
        }
        return found;
    }

    private OwnerClient owner(String name) {
        return owners.computeIfAbsent(name, key -> {
            ReferencesConfig.Owner owner = config.owners().get(key);
            if (owner == null) {
                throw new IllegalStateException("twintowns.references." + key + ".url is not configured");
            }
            return new OwnerClient(key, owner);
        });
    }
}
