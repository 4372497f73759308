package org.twintowns.events.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.ListEndpointSuite;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventResourceTest extends ListEndpointSuite {

    private static final String VALIDATION_FAILED = "https://twintowns.org/problems/validation-failed";

    @Inject
    DataSource database;

    EventResourceTest() {
        super(PATH, "title");
    }

    @Override
    protected SyncFixture syncFixture(String operationId) {
        return SyncFixtures.of(operationId, database);
    }

    @Override
    protected BulkRows addBulkRows(int rows) {
        String tag = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        // Workshops one a day over fourteen years around today, and series, all last changed a year ago.
        return BulkRows.insert(database, Set.of("event", "event_series", "event_organizer", "event_participant",
                "event_country", "event_partnership", "event_topic", "event_session", "event_status_change",
                "registration"), List.of("""
                INSERT INTO event (id, title, kind, status, attendance_mode, starts_at, ends_at, time_zone, venue,
                                   created_at, updated_at, version)
                SELECT gen_random_uuid(), jsonb_build_object('en', '%1$s ' || g), 'WORKSHOP', 'SCHEDULED', 'IN_PERSON',
                       now() + (g - %2$d / 2) * interval '1 day', now() + (g - %2$d / 2) * interval '1 day' + interval '2 hours',
                       'Europe/Berlin', 'Rathaus', now() - interval '400 days', now() - interval '400 days', 0
                FROM generate_series(1, %2$d) g""".formatted(tag, rows), """
                INSERT INTO event_series (id, name, created_at, updated_at, version)
                SELECT gen_random_uuid(), jsonb_build_object('en', '%1$s ' || g), now() - interval '400 days',
                       now() - interval '400 days', 0
                FROM generate_series(1, %2$d) g""".formatted(tag, rows)), List.of(
                "DELETE FROM event WHERE title->>'en' LIKE '" + tag + " %'",
                "DELETE FROM event_series WHERE name->>'en' LIKE '" + tag + " %'"));
    }

    private static Map<String, Object> titled(LocalDate day, String title, String startsAt, String endsAt) {
        Map<String, Object> body = event(day);
        body.put("title", Map.of("en", title));
        body.put("startsAt", day + "T" + startsAt + ":00Z");
        body.put("endsAt", day + "T" + endsAt + ":00Z");
        return body;
    }

    private static ValidatableResponse listDay(LocalDate day, Map<String, ?> query) {
        return given().queryParam("from", day + "T00:00:00Z").queryParam("to", day.plusDays(1) + "T00:00:00Z")
                .queryParams(query)
                .get(PATH)
                .then().statusCode(200);
    }

    private static int totalEvents() {
        return given().queryParam("size", 1).get(PATH).then().statusCode(200).extract().path("totalItems");
    }

    /** The body is refused with one validation error naming the field, and no event is written. */
    private static void assertRejected(Map<String, Object> body, String field) {
        int before = totalEvents();
        assertProblem(asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then(), 400)
                .body("type", equalTo(VALIDATION_FAILED))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field));
        assertEquals(before, totalEvents(), "a rejected event must not be written");
    }

    @Test
    void shouldCreateEventAndReadItBackInItsOwnTimeZone() {
        Map<String, Object> body = event(LocalDate.of(2024, 11, 15));
        // Sent in UTC, shown in Berlin local time (CET, +01:00 in November).
        body.put("startsAt", "2024-11-15T08:00:00Z");
        body.put("endsAt", "2024-11-18T16:00:00Z");
        ValidatableResponse created = asAdmin().contentType(ContentType.JSON).body(body)
                .post(PATH)
                .then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("id", notNullValue())
                .body("status", equalTo("SCHEDULED"))
                .body("startsAt", equalTo("2024-11-15T09:00:00+01:00"))
                .body("endsAt", equalTo("2024-11-18T17:00:00+01:00"));
        String location = created.extract().header("Location");
        String id = created.extract().path("id");
        String createdAt = created.extract().path("createdAt");

        given().get(location)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("title.de", equalTo("Sommerschule für Verwaltungsmitarbeitende"))
                .body("title.en", equalTo("Summer school for administration staff"))
                .body("kind", equalTo("SUMMER_SCHOOL"))
                .body("status", equalTo("SCHEDULED"))
                .body("attendanceMode", equalTo("HYBRID"))
                .body("startsAt", equalTo("2024-11-15T09:00:00+01:00"))
                .body("endsAt", equalTo("2024-11-18T17:00:00+01:00"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("venue", equalTo("Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel"))
                .body("joinUrl", equalTo("https://meet.example.org/summer-school"))
                .body("createdAt", equalTo(createdAt));
    }

    @Test
    void shouldRenderEachTimeWithTheOffsetInForceAtThatMoment() {
        Map<String, Object> body = event(LocalDate.of(2024, 10, 26));
        // Berlin leaves summer time in the night to 27 October 2024.
        body.put("startsAt", "2024-10-26T10:00:00+02:00");
        body.put("endsAt", "2024-10-28T17:00:00+01:00");
        String id = create(body);
        given().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("startsAt", equalTo("2024-10-26T10:00:00+02:00"))
                .body("endsAt", equalTo("2024-10-28T17:00:00+01:00"));
    }

    @Test
    void shouldKeepTitlesInEveryScript() {
        Map<String, Object> body = event(uniqueDay());
        body.put("title", Map.of("ru", "Летняя школа для сотрудников администрации", "uk", "Літня школа"));
        body.put("attendanceMode", "ONLINE");
        body.remove("venue");
        String id = create(body);
        given().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("title.ru", equalTo("Летняя школа для сотрудников администрации"))
                .body("title.uk", equalTo("Літня школа"))
                .body("venue", equalTo(null));
    }

    @Test
    void shouldPageThroughListWithLinkHeadersInOrderOfStart() {
        LocalDate day = uniqueDay();
        create(titled(day, "third", "11:00", "12:00"));
        create(titled(day, "first", "09:00", "10:00"));
        create(titled(day, "second", "10:00", "11:00"));

        listDay(day, Map.of("size", 2, "page", 0))
                .body("items", hasSize(2))
                .body("items.title.en", equalTo(List.of("first", "second")))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("page=1"));

        listDay(day, Map.of("size", 2, "page", 1))
                .body("items.title.en", equalTo(List.of("third")));

        listDay(day, Map.of("size", 2, "page", 1, "sort", "-startsAt"))
                .body("items.title.en", equalTo(List.of("first")));
    }

    @Test
    void shouldListEventsOverlappingTheWindow() {
        LocalDate day = uniqueDay();
        create(titled(day, "running at from", "08:00", "10:00"));
        create(titled(day, "inside", "10:00", "11:00"));
        create(titled(day, "around the window", "09:00", "13:00"));
        create(titled(day, "ends at from", "08:00", "09:30"));
        create(titled(day, "starts at to", "12:00", "13:00"));
        create(titled(day, "before", "06:00", "07:00"));

        given().queryParam("from", day + "T09:30:00Z").queryParam("to", day + "T12:00:00Z")
                .get(PATH)
                .then().statusCode(200)
                .body("items.title.en", containsInAnyOrder("running at from", "inside", "around the window"))
                .body("totalItems", equalTo(3));
    }

    @Test
    void shouldAcceptWindowBoundsWithAnyOffset() {
        LocalDate day = uniqueDay();
        create(titled(day, "morning", "08:00", "09:00"));
        // 10:00+02:00 is 08:00Z: the event runs until 09:00Z, so it overlaps.
        given().queryParam("from", day + "T10:00:00+02:00").queryParam("to", day + "T11:00:00+02:00")
                .get(PATH)
                .then().statusCode(200)
                .body("items.title.en", equalTo(List.of("morning")));
    }

    @Test
    void shouldFilterByKind() {
        LocalDate day = uniqueDay();
        Map<String, Object> workshop = titled(day, "workshop", "09:00", "12:00");
        workshop.put("kind", "WORKSHOP");
        create(workshop);
        Map<String, Object> forum = titled(day, "forum", "13:00", "15:00");
        forum.put("kind", "FORUM");
        create(forum);

        listDay(day, Map.of("kind", "FORUM"))
                .body("items.title.en", equalTo(List.of("forum")))
                .body("items.kind", equalTo(List.of("FORUM")));
    }

    @Test
    void shouldFilterByAttendanceModeAndStatus() {
        LocalDate day = uniqueDay();
        Map<String, Object> online = titled(day, "online round", "09:00", "10:00");
        online.put("attendanceMode", "ONLINE");
        create(online);
        Map<String, Object> onSite = titled(day, "delegation visit", "11:00", "16:00");
        onSite.put("attendanceMode", "IN_PERSON");
        onSite.remove("joinUrl");
        create(onSite);

        listDay(day, Map.of("attendanceMode", "IN_PERSON"))
                .body("items.title.en", equalTo(List.of("delegation visit")));
        listDay(day, Map.of("status", "SCHEDULED")).body("totalItems", equalTo(2));
        listDay(day, Map.of("status", "CANCELLED")).body("totalItems", equalTo(0));
    }

    @Test
    void shouldRejectWindowEndingBeforeItStarts() {
        assertProblem(given().queryParam("from", "2024-11-15T12:00:00Z").queryParam("to", "2024-11-15T12:00:00Z")
                .get(PATH).then(), 400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRejectWindowBoundThatIsNoTimestamp() {
        assertProblem(given().queryParam("from", "yesterday").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("from"));
        // Without an offset the moment is ambiguous.
        assertProblem(given().queryParam("to", "2024-11-15T12:00:00").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRejectEventEndingBeforeItStarts() {
        Map<String, Object> body = event(uniqueDay());
        body.put("endsAt", body.get("startsAt").toString().replace("T09:00", "T08:00"));
        assertRejected(body, "endsAt");
    }

    @Test
    void shouldRejectEventEndingWhenItStarts() {
        Map<String, Object> body = event(uniqueDay());
        body.put("endsAt", body.get("startsAt"));
        assertRejected(body, "endsAt");
    }

    @Test
    void shouldRejectUnknownTimeZone() {
        Map<String, Object> body = event(uniqueDay());
        body.put("timeZone", "Mars/Olympus");
        assertRejected(body, "timeZone");
    }

    @Test
    void shouldRejectFixedOffsetAsTimeZone() {
        Map<String, Object> body = event(uniqueDay());
        body.put("timeZone", "+02:00");
        assertRejected(body, "timeZone");
        body.put("timeZone", "UTC+02:00");
        assertRejected(body, "timeZone");
    }

    @Test
    void shouldRejectOnlineEventWithoutJoinUrl() {
        Map<String, Object> body = event(uniqueDay());
        body.put("attendanceMode", "ONLINE");
        body.remove("joinUrl");
        assertRejected(body, "joinUrl");
    }

    @Test
    void shouldRejectJoinUrlThatIsNotAbsoluteHttps() {
        Map<String, Object> body = event(uniqueDay());
        body.put("joinUrl", "http://meet.example.org/summer-school");
        assertRejected(body, "joinUrl");
        body.put("joinUrl", "/summer-school");
        assertRejected(body, "joinUrl");
    }

    @Test
    void shouldRejectInPersonEventWithoutVenue() {
        Map<String, Object> body = event(uniqueDay());
        body.put("attendanceMode", "IN_PERSON");
        body.put("venue", "  ");
        assertRejected(body, "venue");
    }

    @Test
    void shouldRejectTitleLanguageThatIsNoLanguageCode() {
        Map<String, Object> body = event(uniqueDay());
        body.put("title", Map.of("German", "Sommerschule"));
        assertRejected(body, "title.German");
    }

    @Test
    void shouldRejectBlankTitleText() {
        Map<String, Object> body = event(uniqueDay());
        body.put("title", Map.of("de", " "));
        assertRejected(body, "title.de");
    }

    @Test
    void shouldRejectEmptyTitle() {
        Map<String, Object> body = event(uniqueDay());
        body.put("title", Map.of());
        assertRejected(body, "title");
    }

    @Test
    void shouldRejectUnknownEnumValueAsInvalidField() {
        Map<String, Object> body = event(uniqueDay());
        body.put("kind", "PARTY");
        assertRejected(body, "kind");
    }

    @Test
    void shouldRejectStartWithoutOffset() {
        Map<String, Object> body = event(uniqueDay());
        body.put("startsAt", "2024-11-15T09:00:00");
        assertRejected(body, "startsAt");
    }

    @Test
    void shouldDescribeEveryOperationInOpenApi() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/events'.get.responses.'200'.content", org.hamcrest.Matchers.hasKey("text/calendar"))
                .body("paths.'/api/v1/events/{id}'.put.responses", org.hamcrest.Matchers.hasKey("428"))
                .body("paths.'/api/v1/events/{id}/status'.post.summary", equalTo("Change an event's status"))
                .body("paths.'/api/v1/events/{eventId}/registrations'.post.summary", equalTo("Register for an event"))
                .body("paths.'/api/v1/events/series'.post.summary", equalTo("Start a series of events"))
                .body("components.schemas.Event.properties.registration", notNullValue())
                .body("components.schemas.Registration.properties", org.hamcrest.Matchers.hasKey("email"));
    }
}
