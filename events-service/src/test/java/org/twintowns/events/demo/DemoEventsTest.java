package org.twintowns.events.demo;

import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** The demo events (demo/events.json) are valid input, loaded the way bin/platform loads them. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class DemoEventsTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldAcceptEveryDemoEvent() throws Exception {
        List<Map<String, Object>> events = new ObjectMapper()
                .readValue(Path.of("..", "demo", "events.json").toFile(), List.class);
        Map<String, String> municipalities = new HashMap<>();
        for (Map<String, Object> event : events) {
            for (String field : List.of("organizers", "participants")) {
                List<String> refs = (List<String>) event.getOrDefault(field, List.of());
                event.put(field, refs.stream()
                        .map(ref -> municipalities.computeIfAbsent(ref, r -> Partners.municipality())).toList());
            }
            Object series = event.remove("series");
            if (series != null) {
                String seriesId = asAdmin().contentType(ContentType.JSON).body(series).post(PATH + "/series")
                        .then().statusCode(201).extract().path("id");
                event.put("seriesId", seriesId);
            }
            asAdmin().contentType(ContentType.JSON).body(event).post(PATH)
                    .then().statusCode(201)
                    .body("title.en", equalTo(((Map<String, String>) event.get("title")).get("en")));
        }
    }
}
