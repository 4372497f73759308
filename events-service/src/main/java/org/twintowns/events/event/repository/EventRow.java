package org.twintowns.events.event.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.events.event.Event;

/**
 * An event as a read sees it (a list, a GET by id, the answer to a write): its columns, its series' name, its
 * version and the collections its view shows, each in one fixed order: organizers, participants and
 * partnerships by the text of their ids (PostgreSQL's order of a uuid too), topics by their text (the entity keeps
 * these four as sets, which have none), the agenda and the status history by position. A value, not a managed
 * entity: nothing to track, flush or load lazily. The export reads its own, smaller shape
 * ({@code export.mapping.ExportedEvent}).
 */
public record EventRow(
        UUID id,
        Map<String, String> title,
        Map<String, String> description,
        Event.Kind kind,
        Event.Status status,
        Event.AttendanceMode attendanceMode,
        Instant startsAt,
        Instant endsAt,
        String timeZone,
        String venue,
        Double venueLatitude,
        Double venueLongitude,
        String venueStreetAddress,
        String venuePostalCode,
        String venueLocality,
        String venueCountry,
        String joinUrl,
        UUID seriesId,
        Map<String, String> seriesName,
        boolean registrationOpen,
        Instant registrationDeadline,
        Integer registrationCapacity,
        int sequence,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version,
        List<UUID> organizers,
        List<UUID> participants,
        List<UUID> partnerships,
        List<String> topics,
        List<Session> sessions,
        List<Change> statusHistory) {

    /** One item of the agenda. */
    public record Session(Map<String, String> title, Instant startsAt, Instant endsAt, List<String> speakers) {
    }

    /** One entry of the status history. */
    public record Change(Event.Status status, Instant changedAt, String reason) {
    }

    /** The row of an entity read whole (a write's answer, the change feed), so that one mapping makes every view. */
    public static EventRow of(Event e) {
        return new EventRow(e.id, e.title, e.description, e.kind, e.status, e.attendanceMode, e.startsAt, e.endsAt,
                e.timeZone, e.venue, e.venueLatitude, e.venueLongitude, e.venueStreetAddress, e.venuePostalCode,
                e.venueLocality, e.venueCountry, e.joinUrl, e.series == null ? null : e.series.id,
                e.series == null ? null : e.series.name, e.registrationOpen, e.registrationDeadline,
                e.registrationCapacity, e.sequence, e.createdAt, e.updatedAt, e.version, ids(e.organizers),
                ids(e.participants), ids(e.partnerships), texts(e.topics),
                e.sessions.stream().map(s -> new Session(s.title, s.startsAt, s.endsAt, s.speakers)).toList(),
                e.statusHistory.stream().map(c -> new Change(c.status, c.changedAt, c.reason)).toList());
    }

    /** This row with these collections. */
    EventRow withCollections(List<UUID> organizers, List<UUID> participants, List<UUID> partnerships,
            List<String> topics, List<Session> sessions, List<Change> statusHistory) {
        return new EventRow(id, title, description, kind, status, attendanceMode, startsAt, endsAt, timeZone, venue,
                venueLatitude, venueLongitude, venueStreetAddress, venuePostalCode, venueLocality, venueCountry, joinUrl,
                seriesId, seriesName, registrationOpen, registrationDeadline, registrationCapacity, sequence, createdAt,
                updatedAt, version, organizers, participants, partnerships, topics, sessions, statusHistory);
    }

    /** Whether the event has a place on a map ({@link Event#hasPoint()}). */
    public boolean hasPoint() {
        return Event.hasPoint(venueLatitude, venueLongitude, attendanceMode);
    }

    /** Ids in the order a row shows them: by their text, as a client sorting them as strings would. */
    static List<UUID> ids(Collection<UUID> ids) {
        return ids.stream().sorted(Comparator.comparing(UUID::toString)).toList();
    }

    /** Texts in the order a row shows them: by their characters, whatever the database's collation. */
    static List<String> texts(Collection<String> texts) {
        return texts.stream().sorted().toList();
    }
}
