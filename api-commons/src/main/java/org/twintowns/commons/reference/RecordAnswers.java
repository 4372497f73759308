package org.twintowns.commons.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What an owning service's answer says about referenced records, decided the same way for every
 * service and collection: a 2xx answer names records that exist; 404 and 410 say one does not (or no
 * longer) exist; anything else, or a body that is not the published API's, says nothing, and the
 * service counts as unavailable.
 */
final class RecordAnswers {

    /** The most ids one request asks for: the owning services' limit for the {@code id} filter and page size. */
    static final int MAX_IDS = 100;

    private RecordAnswers() {
    }

    /**
     * The records of a list filtered by {@code asked}, by id; empty when the list holds a record that was
     * not asked for, so the service ignored the filter and each id must be asked on its own.
     */
    static Optional<Map<UUID, JsonNode>> batch(int status, Supplier<JsonNode> body, List<UUID> asked) {
        if (!successful(status)) {
            throw new UnusableAnswer("answered " + status + " to a list");
        }
        JsonNode items = read(body).path("items");
        if (!items.isArray()) {
            throw new UnusableAnswer("answered a list without items");
        }
        Set<UUID> wanted = new HashSet<>(asked);
        Map<UUID, JsonNode> found = new HashMap<>();
        for (JsonNode item : items) {
            UUID id = id(item);
            if (!wanted.contains(id)) {
                return Optional.empty();
            }
            found.put(id, item);
        }
        return Optional.of(found);
    }

    /** The record a single look-up found, or empty when it does not exist. */
    static Optional<JsonNode> single(int status, Supplier<JsonNode> body) {
        if (status == 404 || status == 410) {
            return Optional.empty();
        }
        if (!successful(status)) {
            throw new UnusableAnswer("answered " + status);
        }
        JsonNode record = read(body);
        id(record);
        return Optional.of(record);
    }

    private static boolean successful(int status) {
        return status >= 200 && status < 300;
    }

    private static JsonNode read(Supplier<JsonNode> body) {
        JsonNode json;
        try {
            json = body.get();
        } catch (RuntimeException e) {
            throw new UnusableAnswer("answered with a body that is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new UnusableAnswer("answered without a JSON object");
        }
        return json;
    }

    private static UUID id(JsonNode record) {
        try {
            return UUID.fromString(record.path("id").asText());
        } catch (IllegalArgumentException e) {
            throw new UnusableAnswer("answered a record without an id");
        }
    }

    /** The service answered, but not with its API's yes or no. */
    static final class UnusableAnswer extends RuntimeException {

        UnusableAnswer(String message) {
            super(message, null, false, false);
        }
    }
}
