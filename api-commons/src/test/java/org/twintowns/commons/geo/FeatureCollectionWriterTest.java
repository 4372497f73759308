package org.twintowns.commons.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A streamed FeatureCollection reads, with another JSON parser than the writer's, as RFC 7946 says. */
class FeatureCollectionWriterTest {

    record Feature(String type, String id, GeoJsonPoint geometry, Map<String, String> properties) {
    }

    @Test
    void shouldWriteTheMembersFirstThenEveryFeatureAndStayOpenForTheCaller() throws IOException {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("license", List.of("https://creativecommons.org/licenses/by/4.0/"));
        members.put("attribution", "TwinTowns");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FeatureCollectionWriter writer = new FeatureCollectionWriter(new ObjectMapper(), out, members)) {
            writer.write(new Feature("Feature", "jena", GeoJsonPoint.of(50.9281, 11.5888, 5), Map.of("name", "Jena")));
            writer.flush();
            writer.write(new Feature("Feature", "online", null, Map.of("name", "Online")));
            assertEquals(2, writer.written());
        }
        out.write(' '); // the caller's stream is not closed with the collection

        JsonPath json = new JsonPath(out.toString(StandardCharsets.UTF_8));
        assertEquals("FeatureCollection", json.getString("type"));
        assertEquals("TwinTowns", json.getString("attribution"));
        assertEquals(List.of("https://creativecommons.org/licenses/by/4.0/"), json.getList("license"));
        assertEquals(List.of("jena", "online"), json.getList("features.id"));
        assertEquals("Point", json.getString("features[0].geometry.type"));
        assertEquals(List.of(11.5888f, 50.9281f), json.getList("features[0].geometry.coordinates"));
        assertNull(json.get("features[1].geometry"));
    }
}
