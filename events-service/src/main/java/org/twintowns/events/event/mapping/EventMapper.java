package org.twintowns.events.event.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.event.rest.EventView;

/** Converts between the API records and the entity; the only place that knows both. */
public final class EventMapper {

    private EventMapper() {
    }

    public static EventView toView(Event e) {
        ZoneId zone = ZoneId.of(e.timeZone);
        return new EventView(e.id, new TreeMap<>(e.title), e.kind, e.status, e.attendanceMode,
                inZone(e.startsAt, zone), inZone(e.endsAt, zone), e.timeZone, e.venue, e.joinUrl,
                e.createdAt, e.updatedAt);
    }

    /** @param zone the request's time zone, already checked */
    public static Event toEntity(EventRequest request, ZoneId zone) {
        Event e = new Event();
        Map<String, String> title = new LinkedHashMap<>();
        request.title().forEach((language, text) -> title.put(language, text.strip()));
        e.title = title;
        e.kind = request.kind();
        e.status = Event.Status.SCHEDULED;
        e.attendanceMode = request.attendanceMode();
        e.startsAt = instant(request.startsAt());
        e.endsAt = instant(request.endsAt());
        e.timeZone = zone.getId();
        e.venue = trimToNull(request.venue());
        e.joinUrl = trimToNull(request.joinUrl());
        return e;
    }

    /**
     * A point in time as it is stored. PostgreSQL keeps microseconds: cutting here makes the
     * answer to a create equal what later reads return, and lets rules compare stored values.
     */
    public static Instant instant(OffsetDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    /** An optional text as it is stored: without surrounding blanks, and null when nothing is left. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static OffsetDateTime inZone(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
