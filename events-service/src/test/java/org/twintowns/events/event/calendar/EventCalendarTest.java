package org.twintowns.events.event.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.events.support.EventApi.PATH;
import static org.twintowns.events.support.EventApi.create;
import static org.twintowns.events.support.EventApi.event;
import static org.twintowns.events.support.EventApi.put;
import static org.twintowns.events.support.EventApi.status;
import static org.twintowns.events.support.EventApi.uniqueDay;
import static org.twintowns.events.support.EventApi.withRegistration;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;
import org.twintowns.events.support.Partners;
import org.twintowns.testing.ListEndpointSuite;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sql.SqlStatements;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class EventCalendarTest {

    private static Calendar calendarOf(String id) throws Exception {
        String text = given().accept("text/calendar").get(PATH + "/" + id)
                .then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asString();
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent only(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static Instant instant(VEvent event, String property) {
        DateProperty<?> date = (DateProperty<?>) event.getProperty(property).orElseThrow();
        Temporal temporal = date.getDate();
        return Instant.from(temporal);
    }

    private static Instant stored(String id, String field) {
        String value = given().get(PATH + "/" + id).then().extract().path(field);
        return OffsetDateTime.parse(value).toInstant();
    }

    @Test
    void shouldWriteACalendarOfOneOrManyEventsInTheSameFewStatements() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(create(withRegistration(event(uniqueDay()), 10)));
        }
        SqlStatements.assertSameFew("the events' iCalendar", ListEndpointSuite.MAX_LIST_STATEMENTS,
                () -> assertEquals(1, events(ids.subList(0, 1))), () -> assertEquals(3, events(ids)));
    }

    private static int events(List<String> ids) {
        String text = given().accept("text/calendar").queryParam("id", ids).get(PATH)
                .then().statusCode(200).extract().asString();
        try {
            return new CalendarBuilder().build(new StringReader(text)).getComponents(VEvent.VEVENT).size();
        } catch (Exception e) {
            throw new AssertionError("not an iCalendar: " + text, e);
        }
    }

    @Test
    void shouldKeepTheUidAndCountChangesInSequence() throws Exception {
        Map<String, Object> body = event(uniqueDay());
        String id = create(body);
        Calendar first = calendarOf(id);
        assertEquals("-//TwinTowns//Events 1.0//EN", first.getProperty(Property.PRODID).orElseThrow().getValue());
        VEvent created = only(first);
        assertEquals(id + "@twintowns", value(created, Property.UID));
        assertEquals("0", value(created, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(created, Property.STATUS));
        assertTrue(created.getProperty(Property.DTSTAMP).isPresent());
        assertEquals("Rathaus Kassel, Obere Königsstraße 8, 34117 Kassel", value(created, Property.LOCATION));
        assertEquals("https://meet.example.org/summer-school", value(created, Property.URL));

        body.put("title", Map.of("en", "Renamed"));
        put(id, body).then().statusCode(200);
        VEvent edited = only(calendarOf(id));
        assertEquals(id + "@twintowns", value(edited, Property.UID));
        assertEquals("1", value(edited, Property.SEQUENCE));
        assertEquals("Renamed", value(edited, Property.SUMMARY));
    }

    @Test
    void shouldMarkCancelledEvents() throws Exception {
        String id = create(event(uniqueDay()));
        status(id, "CANCELLED").then().statusCode(200);
        VEvent cancelled = only(calendarOf(id));
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        assertEquals("1", value(cancelled, Property.SEQUENCE));
    }

    @Test
    void shouldWriteSummaryInTheLanguageAsked() throws Exception {
        String id = create(event(uniqueDay()));
        String german = given().accept("text/calendar").header("Accept-Language", "de-DE,de;q=0.9")
                .get(PATH + "/" + id).then().statusCode(200).extract().asString();
        assertEquals("Sommerschule für Verwaltungsmitarbeitende",
                value(only(new CalendarBuilder().build(new StringReader(german))), Property.SUMMARY));
        String english = given().accept("text/calendar").queryParam("lang", "en")
                .get(PATH + "/" + id).then().statusCode(200).extract().asString();
        assertEquals("Summer school for administration staff",
                value(only(new CalendarBuilder().build(new StringReader(english))), Property.SUMMARY));
    }

    /**
     * An online round run from Berlin with participants in Yekaterinburg, on both sides of the
     * end of Berlin's summer time (night to 25 October 2026): the calendar carries Berlin local
     * times with TZID and the VTIMEZONE, and they mean exactly the stored instants.
     */
    @Test
    void shouldGiveTheStoredInstantsAcrossTheDaylightSavingChange() throws Exception {
        String participant = Partners.municipality();
        String before = onlineRound(LocalDate.of(2026, 10, 24), "+02:00", participant);
        String after = onlineRound(LocalDate.of(2026, 10, 26), "+01:00", participant);

        String text = given().accept("text/calendar").queryParam("municipality", participant)
                .get(PATH).then().statusCode(200).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertEquals(2, events.size());
        List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
        assertEquals(List.of("Europe/Berlin"), zones.stream().map(z -> z.getTimeZoneId().getValue()).toList());
        assertTrue(text.contains("DTSTART;TZID=Europe/Berlin:20261024T100000"), text);
        assertTrue(text.contains("DTSTART;TZID=Europe/Berlin:20261026T100000"), text);

        for (VEvent vevent : events) {
            String id = value(vevent, Property.UID).replace("@twintowns", "");
            assertEquals(stored(id, "startsAt"), instant(vevent, Property.DTSTART));
            assertEquals(stored(id, "endsAt"), instant(vevent, Property.DTEND));
        }
        // 10:00 in Berlin is 13:00 in Yekaterinburg before the change and 14:00 after it.
        assertEquals(Instant.parse("2026-10-24T08:00:00Z"), stored(before, "startsAt"));
        assertEquals(Instant.parse("2026-10-26T09:00:00Z"), stored(after, "startsAt"));
    }

    private static String onlineRound(LocalDate day, String berlinOffset, String participant) {
        Map<String, Object> body = event(day);
        body.put("title", Map.of("en", "Online round Berlin–Yekaterinburg"));
        body.put("attendanceMode", "ONLINE");
        body.remove("venue");
        body.put("startsAt", day + "T10:00:00" + berlinOffset);
        body.put("endsAt", day + "T12:00:00" + berlinOffset);
        body.put("participants", List.of(participant));
        return create(body);
    }
}
