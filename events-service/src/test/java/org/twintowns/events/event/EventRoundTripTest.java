package org.twintowns.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Issue 18, properties 1 and 2 for events, the one resource of events-service with a PUT: a client
 * that sends back the request it derives from what it read changes nothing, and a change to any
 * field of the request, nested ones included, moves the ETag and updatedAt, so that an editor
 * holding the old ETag is refused. {@link #CHANGES} names a change for every field of
 * {@link EventRequest}; a field added without one fails {@link #shouldKnowAChangeForEveryField()}.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One change per request field, each applied to the full request of {@link #fullRequest()}. */
    private static final Map<String, Consumer<ObjectNode>> CHANGES = Map.ofEntries(
            Map.entry("title", b -> ((ObjectNode) b.get("title")).put("uk", "Літня школа")),
            Map.entry("description", b -> ((ObjectNode) b.get("description")).put("en", "Volunteering only")),
            Map.entry("kind", b -> b.put("kind", "CONFERENCE")),
            Map.entry("attendanceMode", b -> b.put("attendanceMode", "IN_PERSON")),
            Map.entry("startsAt", b -> b.put("startsAt", "2027-11-15T08:00:00+01:00")),
            Map.entry("endsAt", b -> b.put("endsAt", "2027-11-18T18:00:00+01:00")),
            Map.entry("timeZone", b -> b.put("timeZone", "Europe/Kyiv")),
            Map.entry("venue", b -> b.put("venue", "Kulturbahnhof Kassel")),
            Map.entry("venueCoordinates", b -> ((ObjectNode) b.get("venueCoordinates")).put("latitude", 51.3186)),
            Map.entry("venueAddress", b -> ((ObjectNode) b.get("venueAddress")).put("postalCode", "34119")),
            Map.entry("joinUrl", b -> b.put("joinUrl", "https://meet.kassel.de/another-room")),
            Map.entry("organizers", b -> ((ArrayNode) b.get("organizers")).add(Partners.municipality())),
            Map.entry("participants", b -> ((ArrayNode) b.get("participants")).add(Partners.municipality())),
            Map.entry("partnerships", b -> ((ArrayNode) b.get("partnerships")).add(Partners.partnership())),
            Map.entry("topics", b -> ((ArrayNode) b.get("topics")).add("volunteering")),
            Map.entry("sessions", b -> ((ArrayNode) b.get("sessions").get(0).get("speakers")).add("Mykola Petrenko")),
            Map.entry("seriesId", b -> b.put("seriesId", newSeries())),
            Map.entry("registration", b -> ((ObjectNode) b.get("registration")).put("capacity", 41)));

    static Stream<String> fields() {
        return CHANGES.keySet().stream().sorted();
    }

    @Test
    void shouldKnowAChangeForEveryField() {
        List<String> fields = Arrays.stream(EventRequest.class.getRecordComponents())
                .map(RecordComponent::getName).sorted().toList();
        assertEquals(fields, fields().toList(), "a change for each field of EventRequest");
        ObjectNode full = fullRequest();
        fields.forEach(field -> assertTrue(full.hasNonNull(field), "the full request fills " + field));
    }

    @Test
    void shouldChangeNothingWhenTheClientSendsBackWhatItRead() {
        String id = create(fullRequest());
        Response read = given().get(PATH + "/" + id);
        JsonNode view = json(read);

        Response written = put(id, read.header("ETag"), requestOf(view));
        written.then().statusCode(200).header("ETag", equalTo(read.header("ETag")));
        JsonNode after = json(given().get(PATH + "/" + id));
        assertEquals(normalised(view), normalised(after), "an identical PUT changed the event");
        assertEquals(normalised(view), normalised(json(written)));
    }

    @ParameterizedTest
    @MethodSource("fields")
    void shouldMoveTheVersionWhenOneFieldChanges(String field) {
        String id = create(fullRequest());
        Response read = given().get(PATH + "/" + id);
        String before = read.header("ETag");
        JsonNode view = json(read);
        ObjectNode body = requestOf(view);
        CHANGES.get(field).accept(body);

        Response written = put(id, before, body);
        written.then().statusCode(200);
        JsonNode after = json(given().get(PATH + "/" + id));
        assertNotEquals(before, written.header("ETag"), field + " changed, the ETag did not");
        assertTrue(OffsetDateTime.parse(after.get("updatedAt").asText())
                .isAfter(OffsetDateTime.parse(view.get("updatedAt").asText())), field + " changed, updatedAt did not");
        assertEquals(view.get("sequence").asInt() + 1, after.get("sequence").asInt(), "sequence after " + field);
        assertEquals(normalised(body), normalised(requestOf(after)), "what the PUT of " + field + " sent is kept");

        // An editor who read the event before the change holds the old ETag: refused, nothing changes.
        String snapshot = given().get(PATH + "/" + id).asString();
        assertProblem(put(id, before, requestOf(view)).then(), 412);
        assertEquals(snapshot, given().get(PATH + "/" + id).asString());
    }

    /** The update example with every optional field the examples leave out filled as well. */
    private static ObjectNode fullRequest() {
        ObjectNode body = example("createEvent");
        body.put("attendanceMode", "HYBRID");
        body.put("venue", "Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel");
        body.putObject("venueCoordinates").put("latitude", 51.3128).put("longitude", 9.4925);
        body.putObject("venueAddress").put("streetAddress", "Obere Königsstraße 8").put("postalCode", "34117")
                .put("addressLocality", "Kassel").put("addressCountry", "DE");
        body.put("seriesId", newSeries());
        return body;
    }

    /** The request a client derives from an event it read: the request fields, unchanged. */
    private static ObjectNode requestOf(JsonNode view) {
        ObjectNode request = JSON.createObjectNode();
        for (RecordComponent field : EventRequest.class.getRecordComponents()) {
            String name = field.getName();
            if (name.equals("seriesId")) {
                request.set(name, view.path("series").path("id"));
            } else if (name.equals("registration")) {
                ObjectNode registration = request.putObject(name);
                JsonNode summary = view.get(name);
                registration.set("open", summary.get("open"));
                registration.set("deadline", summary.get("deadline"));
                registration.set("capacity", summary.get("capacity"));
            } else if (view.has(name)) {
                request.set(name, view.get(name).deepCopy());
            }
        }
        return request;
    }

    /** Times as instants and lists of texts as sets, to compare what a client sent with what it reads. */
    private static JsonNode normalised(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(f -> copy.set(f.getKey(), normalised(f.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            List<JsonNode> items = new ArrayList<>();
            node.forEach(item -> items.add(normalised(item)));
            if (items.stream().allMatch(JsonNode::isTextual)) {
                new TreeSet<>(items.stream().map(JsonNode::asText).toList()).forEach(copy::add);
            } else {
                items.forEach(copy::add);
            }
            return copy;
        }
        if (node.isTextual()) {
            try {
                return JSON.getNodeFactory().textNode(OffsetDateTime.parse(node.asText()).toInstant().toString());
            } catch (DateTimeParseException notATime) {
                return node;
            }
        }
        return node;
    }

    private static String create(JsonNode body) {
        return asAdmin().contentType(ContentType.JSON).body(body.toString()).post(PATH)
                .then().statusCode(201).extract().path("id");
    }

    private static Response put(String id, String ifMatch, JsonNode body) {
        return asAdmin().contentType(ContentType.JSON).header("If-Match", ifMatch).body(body.toString())
                .put(PATH + "/" + id);
    }

    private static String newSeries() {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", Map.of("en", "Summer schools")))
                .post(PATH + "/series").then().statusCode(201).extract().path("id");
    }

    private static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode example(String operationId) {
        try (InputStream in = EventRoundTripTest.class.getClassLoader()
                .getResourceAsStream("META-INF/openapi-examples/" + operationId + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
