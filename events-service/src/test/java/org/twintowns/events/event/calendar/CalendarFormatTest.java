package org.twintowns.events.event.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.asAdmin;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.etag;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.put;
import static org.twintowns.events.support.EventApi.uniqueDay;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * The calendars hold to RFC 5545 where ical4j, which writes them, would not tell (it read the double
 * DTSTAMP without complaint). Python's icalendar is not installed on the build machines, so the
 * checks read the raw octets themselves (lines of at most 75 octets that each decode as UTF-8, no
 * character split by a fold; one DTSTAMP per VEVENT; LOCATION after a move online) and hand the
 * text to biweekly, a Java parser and validator independent of ical4j; and the subscription URL
 * with its caching headers.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class CalendarFormatTest {

    private static final String SUBSCRIPTION = PATH + "/calendar.ics";
    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Test
    void shouldStampEveryEventOnceWithItsLastChange() {
        String partnership = Partners.partnership();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = event(uniqueDay());
            body.put("partnerships", List.of(partnership));
            ids.add(create(body));
        }
        List<List<String>> vevents = vevents(unfolded(subscription(Map.of("partnership", partnership)).asByteArray()));
        assertEquals(3, vevents.size());
        for (List<String> vevent : vevents) {
            List<String> stamps = properties(vevent, "DTSTAMP");
            assertEquals(1, stamps.size(), "DTSTAMPs of " + vevent);
            String uid = properties(vevent, "UID").get(0).substring("UID:".length());
            String id = uid.replace("@twintowns", "");
            assertTrue(ids.contains(id), uid);
            Instant stamp = LocalDateTime.parse(stamps.get(0).substring("DTSTAMP:".length()), UTC_STAMP)
                    .toInstant(ZoneOffset.UTC);
            Instant updated = OffsetDateTime.parse(given().get(PATH + "/" + id).path("updatedAt")).toInstant();
            assertEquals(updated.getEpochSecond(), stamp.getEpochSecond(), "DTSTAMP is the event's last change");
        }
    }

    @Test
    void shouldFoldLinesAtSeventyFiveOctetsWithoutSplittingACharacter() throws CharacterCodingException {
        String title = "Літня школа для працівників адміністрації: громадська участь, запобігання злочинності "
                + "та наркоманії, волонтерство 🇺🇦 Київ – Бровари – Кассель";
        Map<String, Object> body = event(uniqueDay());
        body.put("title", Map.of("uk", title));
        body.put("description", Map.of("uk", title.repeat(5)));
        String id = create(body);

        byte[] raw = given().accept("text/calendar").get(PATH + "/" + id).then().statusCode(200).extract().asByteArray();
        for (byte[] line : lines(raw)) {
            assertTrue(line.length <= 75, line.length + " octets: " + new String(line, StandardCharsets.UTF_8));
            // A fold inside a character leaves both lines invalid UTF-8.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
        }
        List<String> vevent = vevents(unfolded(raw)).get(0);
        assertEquals(List.of("SUMMARY:" + escaped(title)), properties(vevent, "SUMMARY"));
    }

    @Test
    void shouldLocateAnEventMovedOnlineAtItsOnlinePlace() {
        Map<String, Object> body = event(uniqueDay());
        body.put("attendanceMode", "IN_PERSON");
        body.remove("joinUrl");
        String id = create(body);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("status", "MOVED_ONLINE", "joinUrl", "https://meet.example.org/moved"))
                .post(PATH + "/" + id + "/status").then().statusCode(200);

        List<String> vevent = vevents(unfolded(subscription(Map.of("id", id)).asByteArray())).get(0);
        assertEquals(List.of("LOCATION:https://meet.example.org/moved"), properties(vevent, "LOCATION"));
        assertFalse(String.join("\n", vevent).contains("Rathaus Kassel"), String.join("\n", vevent));
    }

    @Test
    void shouldServeASubscriptionThatCalendarAppsPollCheaply() {
        String partnership = Partners.partnership();
        Map<String, Object> body = event(uniqueDay());
        body.put("partnerships", List.of(partnership));
        String id = create(body);

        // No Accept header: a calendar app subscribing to a webcal: link sends none.
        Response first = subscription(Map.of("partnership", partnership));
        first.then().header("Cache-Control", equalTo(CalendarAnswer.CACHE_CONTROL));
        String etag = first.header("ETag");
        assertTrue(first.asString().contains("UID:" + id + "@twintowns"));
        assertEquals(etag, subscription(Map.of("partnership", partnership)).header("ETag"), "same events, same ETag");

        given().queryParam("partnership", partnership).header("If-None-Match", etag).get(SUBSCRIPTION)
                .then().statusCode(304).header("ETag", equalTo(etag));

        body.put("title", Map.of("en", "Summer school moved to the autumn"));
        put(id, body).then().statusCode(200);
        Response changed = given().queryParam("partnership", partnership).header("If-None-Match", etag)
                .get(SUBSCRIPTION);
        changed.then().statusCode(200);
        assertNotEquals(etag, changed.header("ETag"));
        assertTrue(unfolded(changed.asByteArray()).contains("SUMMARY:Summer school moved to the autumn"));
    }

    /**
     * biweekly, a parser that shares no code with ical4j, reads the calendar without a warning and
     * validates it against RFC 5545 without one: a doubled DTSTAMP is "more than one instance".
     */
    @Test
    void shouldPassAnIndependentParserAndValidator() {
        String partnership = Partners.partnership();
        Map<String, Object> body = event(uniqueDay());
        body.put("partnerships", List.of(partnership));
        body.put("title", Map.of("uk", "Літня школа, Київ – Бровари – Кассель: громадська участь і волонтерство"));
        body.put("description", Map.of("uk", "Опис; з комами, крапками з комою та емодзі 🇺🇦 ".repeat(8)));
        String inPerson = create(body);
        body.put("attendanceMode", "IN_PERSON");
        body.remove("joinUrl");
        String movedOnline = create(body);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(movedOnline))
                .body(Map.of("status", "MOVED_ONLINE", "joinUrl", "https://meet.example.org/moved"))
                .post(PATH + "/" + movedOnline + "/status").then().statusCode(200);

        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(subscription(Map.of("partnership", partnership)).asString())
                .warnings(warnings).first();
        assertEquals(List.of(List.of()), warnings.stream().map(w -> w.stream().map(ParseWarning::toString).toList())
                .toList(), "parse warnings");
        ValidationWarnings validation = calendar.validate(ICalVersion.V2_0);
        assertTrue(validation.isEmpty(), validation.toString());
        assertEquals(2, calendar.getEvents().size());
        for (VEvent vevent : calendar.getEvents()) {
            String id = vevent.getUid().getValue().replace("@twintowns", "");
            Instant updated = OffsetDateTime.parse(given().get(PATH + "/" + id).path("updatedAt")).toInstant();
            assertEquals(updated.getEpochSecond(), vevent.getDateTimeStamp().getValue().toInstant().getEpochSecond());
            String expected = id.equals(movedOnline) ? "https://meet.example.org/moved"
                    : "Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel";
            assertEquals(expected, vevent.getLocation().getValue());
            assertEquals(((Map<?, ?>) body.get("title")).get("uk"), vevent.getSummary().getValue());
        }
    }

    private static Response subscription(Map<String, String> filter) {
        Response response = given().queryParams(filter).get(SUBSCRIPTION);
        response.then().statusCode(200).contentType(startsWith("text/calendar"));
        return response;
    }

    /** The physical lines, CRLF taken off; the text must end with CRLF. */
    private static List<byte[]> lines(byte[] raw) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\r' && raw[i + 1] == '\n') {
                lines.add(Arrays.copyOfRange(raw, start, i));
                start = i + 2;
                i++;
            }
        }
        assertEquals(raw.length, start, "the calendar ends with CRLF and has no bare line ends");
        return lines;
    }

    /** The content lines, continuation lines joined as RFC 5545 section 3.1 says. */
    private static String unfolded(byte[] raw) {
        return new String(raw, StandardCharsets.UTF_8).replace("\r\n ", "").replace("\r\n\t", "");
    }

    /** A TEXT value as RFC 5545 section 3.3.11 writes it. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    private static List<List<String>> vevents(String unfolded) {
        List<List<String>> vevents = new ArrayList<>();
        List<String> current = null;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new ArrayList<>();
            } else if (line.equals("END:VEVENT")) {
                vevents.add(current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return vevents;
    }

    private static List<String> properties(List<String> vevent, String name) {
        return vevent.stream().filter(l -> l.startsWith(name + ":") || l.startsWith(name + ";")).toList();
    }
}
