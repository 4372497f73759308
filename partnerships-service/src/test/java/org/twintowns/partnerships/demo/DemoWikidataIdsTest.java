package org.twintowns.partnerships.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * demo/wikidata-ids.json, from which bin/platform gives the demo places their Wikidata ids: every
 * id is one the API takes, names one place only, belongs to a place the demo has, and says where
 * it was checked.
 */
class DemoWikidataIdsTest {

    /** The pattern of MunicipalityRequest.wikidataId. */
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]{0,11}");
    private static final Path DEMO = Path.of("..", "demo");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> entries;

    @BeforeAll
    static void read() throws IOException {
        entries = elements(JSON.readTree(DEMO.resolve("wikidata-ids.json").toFile()));
    }

    @Test
    void shouldGiveWellFormedIds() {
        assertFalse(entries.isEmpty());
        for (JsonNode entry : entries) {
            String qid = entry.path("wikidataId").asText();
            assertTrue(QID.matcher(qid).matches(), () -> entry + " has no well-formed Wikidata id");
        }
    }

    @Test
    void shouldGiveEachIdAndEachPlaceOnce() {
        assertEquals(entries.size(), distinct("wikidataId"), "a Wikidata id is given to two places");
        assertEquals(entries.size(), distinct("municipality"), "a place is given two Wikidata ids");
    }

    @Test
    void shouldNameOnlyPlacesTheDemoHas() throws IOException {
        Set<String> places = demoPlaces();
        for (JsonNode entry : entries) {
            assertTrue(places.contains(entry.path("municipality").asText()),
                    () -> entry.path("municipality") + " is no place of the demo data; it has " + places);
        }
    }

    @Test
    void shouldSayWhereEachIdWasChecked() {
        for (JsonNode entry : entries) {
            List<JsonNode> sources = elements(entry.path("checked"));
            assertFalse(sources.isEmpty(), () -> entry + " does not say where its id was checked");
            sources.forEach(source -> assertFalse(source.asText().isBlank(), () -> entry + " names an empty source"));
        }
    }

    private static long distinct(String field) {
        return entries.stream().map(entry -> entry.path(field).asText()).distinct().count();
    }

    /**
     * The references bin/platform resolves: the places abroad of municipalities.json by slug, the
     * German ones (from the Destatis import) by the AGS that partnerships, events and news name.
     */
    private static Set<String> demoPlaces() throws IOException {
        Set<String> places = new HashSet<>();
        for (JsonNode municipality : elements(read("municipalities.json"))) {
            places.add("slug:" + municipality.path("slug").asText());
        }
        List<JsonNode> references = new ArrayList<>();
        for (JsonNode partnership : elements(read("partnerships.json"))) {
            elements(partnership.path("participants")).forEach(p -> references.add(p.path("municipality")));
        }
        for (JsonNode event : elements(read("events.json"))) {
            references.addAll(elements(event.path("organizers")));
            references.addAll(elements(event.path("participants")));
        }
        for (JsonNode news : elements(read("news.json"))) {
            references.add(news.path("issuer"));
            references.addAll(elements(news.path("related")));
        }
        references.stream().map(JsonNode::asText).filter(ref -> ref.startsWith("ags:")).forEach(places::add);
        return places;
    }

    private static JsonNode read(String file) throws IOException {
        return JSON.readTree(DEMO.resolve(file).toFile());
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
