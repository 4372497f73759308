package org.twintowns.commons.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RecordAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID JENA = UUID.randomUUID();
    private static final UUID BROVARY = UUID.randomUUID();

    private static Supplier<JsonNode> body(String json) {
        return () -> {
            try {
                return JSON.readTree(json);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static Supplier<JsonNode> page(UUID... ids) {
        StringBuilder items = new StringBuilder();
        for (UUID id : ids) {
            items.append(items.isEmpty() ? "" : ",").append("{\"id\":\"").append(id).append("\",\"country\":\"DE\"}");
        }
        return body("{\"items\":[" + items + "],\"page\":0,\"size\":2,\"totalItems\":" + ids.length + "}");
    }

    @Test
    void shouldTakeTheRecordsOfAListAsThoseThatExist() {
        Map<UUID, JsonNode> found = RecordAnswers.batch(200, page(JENA), List.of(JENA, BROVARY)).orElseThrow();
        assertEquals(List.of(JENA), List.copyOf(found.keySet()));
        assertEquals("DE", found.get(JENA).path("country").asText());
        assertTrue(RecordAnswers.batch(200, page(), List.of(JENA)).orElseThrow().isEmpty());
    }

    @Test
    void shouldNoticeAListThatIgnoredTheIdFilter() {
        assertEquals(Optional.empty(), RecordAnswers.batch(200, page(JENA, UUID.randomUUID()), List.of(JENA, BROVARY)));
    }

    @Test
    void shouldTakeEveryOtherAnswerToAListAsUnusable() {
        for (int status : List.of(400, 404, 410, 429, 500, 503)) {
            assertThrows(RecordAnswers.UnusableAnswer.class, () -> RecordAnswers.batch(status, page(JENA), List.of(JENA)),
                    "status " + status);
        }
        for (String json : List.of("[]", "{}", "{\"items\":{}}", "{\"items\":[{\"name\":\"Jena\"}]}",
                "{\"items\":[{\"id\":\"not-a-uuid\"}]}", "null")) {
            assertThrows(RecordAnswers.UnusableAnswer.class, () -> RecordAnswers.batch(200, body(json), List.of(JENA)),
                    json);
        }
        Supplier<JsonNode> garbled = () -> {
            throw new IllegalStateException("not JSON");
        };
        assertThrows(RecordAnswers.UnusableAnswer.class, () -> RecordAnswers.batch(200, garbled, List.of(JENA)));
    }

    @Test
    void shouldDecideASingleLookUpByItsStatus() {
        Supplier<JsonNode> jena = body("{\"id\":\"" + JENA + "\"}");
        for (int status : List.of(200, 203)) {
            assertEquals(JENA.toString(), RecordAnswers.single(status, jena).orElseThrow().path("id").asText());
        }
        assertEquals(Optional.empty(), RecordAnswers.single(404, jena));
        assertEquals(Optional.empty(), RecordAnswers.single(410, jena));
        for (int status : List.of(301, 400, 401, 403, 409, 429, 500, 502, 503)) {
            assertThrows(RecordAnswers.UnusableAnswer.class, () -> RecordAnswers.single(status, jena), "status " + status);
        }
        assertThrows(RecordAnswers.UnusableAnswer.class, () -> RecordAnswers.single(200, body("{\"name\":\"Jena\"}")));
    }
}
