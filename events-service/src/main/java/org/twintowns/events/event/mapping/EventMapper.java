package org.twintowns.events.event.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.twintowns.commons.geo.GeoJsonPoint;
import org.twintowns.commons.geo.MapParams;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.text.Texts;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.EventSession;
import org.twintowns.events.event.RegistrationCounts;
import org.twintowns.events.event.repository.EventRepository.MapRow;
import org.twintowns.events.event.repository.EventRow;
import org.twintowns.events.event.rest.EventFeatureCollection;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.event.rest.EventView;
import org.twintowns.events.event.rest.RegistrationSettings;
import org.twintowns.events.event.rest.SessionRequest;
import org.twintowns.events.event.rest.VenueAddress;
import org.twintowns.events.event.rest.VenueCoordinates;
import org.twintowns.events.series.EventSeries;

/** Converts between the API records and the entity; the only place that knows both. */
public final class EventMapper {

    private EventMapper() {
    }

    /** The view with the version its ETag is made of. */
    public static Versioned<EventView> toVersionedView(EventRow e, RegistrationCounts counts) {
        return new Versioned<>(toView(e, counts), e.version());
    }

    /** The view of an entity read whole (a write's answer, the change feed): as the same event read as a row. */
    public static Versioned<EventView> toVersionedView(Event e, RegistrationCounts counts) {
        return toVersionedView(EventRow.of(e), counts);
    }

    public static EventView toView(Event e, RegistrationCounts counts) {
        return toView(EventRow.of(e), counts);
    }

    public static EventView toView(EventRow e, RegistrationCounts counts) {
        ZoneId zone = ZoneId.of(e.timeZone());
        List<EventView.StatusChangeView> history = e.statusHistory().stream()
                .map(c -> new EventView.StatusChangeView(c.status(), c.changedAt().atOffset(ZoneOffset.UTC), c.reason()))
                .toList();
        List<EventView.SessionView> sessions = e.sessions().stream()
                .map(s -> new EventView.SessionView(new TreeMap<>(s.title()), inZone(s.startsAt(), zone),
                        inZone(s.endsAt(), zone), List.copyOf(s.speakers())))
                .toList();
        EventView.SeriesRef series = e.seriesId() == null ? null
                : new EventView.SeriesRef(e.seriesId(), new TreeMap<>(e.seriesName()));
        Long seatsLeft = e.registrationCapacity() == null ? null
                : Math.max(0, e.registrationCapacity() - counts.confirmed());
        EventView.RegistrationSummary registration = new EventView.RegistrationSummary(e.registrationOpen(),
                e.registrationDeadline() == null ? null : inZone(e.registrationDeadline(), zone),
                e.registrationCapacity(), counts.confirmed(), counts.waitlisted(), seatsLeft);
        return new EventView(e.id(), new TreeMap<>(e.title()),
                e.description() == null ? Map.of() : new TreeMap<>(e.description()),
                e.kind(), e.status(), history, e.attendanceMode(),
                inZone(e.startsAt(), zone), inZone(e.endsAt(), zone), e.timeZone(), e.venue(),
                coordinates(e.venueLatitude(), e.venueLongitude()),
                address(e.venueStreetAddress(), e.venuePostalCode(), e.venueLocality(), e.venueCountry()),
                e.joinUrl(), e.organizers(), e.participants(), e.partnerships(), e.topics(), sessions, series,
                registration, e.sequence(), e.createdAt(), e.updatedAt());
    }

    /**
     * The request a client derives from the event's representation: what a replacement sends back
     * to change nothing. Lists the entity keeps as sets come sorted, so two events with the same
     * content give equal requests; {@link org.twintowns.commons.persistence.Changes} compares them.
     */
    public static EventRequest toRequest(Event e) {
        ZoneId zone = ZoneId.of(e.timeZone);
        List<SessionRequest> sessions = e.sessions.stream().map(s -> toRequest(s, zone)).toList();
        RegistrationSettings registration = new RegistrationSettings(e.registrationOpen,
                e.registrationDeadline == null ? null : inZone(e.registrationDeadline, zone), e.registrationCapacity);
        return new EventRequest(new TreeMap<>(e.title),
                e.description == null ? Map.of() : new TreeMap<>(e.description),
                e.kind, e.attendanceMode, inZone(e.startsAt, zone), inZone(e.endsAt, zone), e.timeZone, e.venue,
                coordinates(e), address(e), e.joinUrl, sorted(e.organizers), sorted(e.participants),
                sorted(e.partnerships), sorted(e.topics), sessions, e.series == null ? null : e.series.id, registration);
    }

    private static SessionRequest toRequest(EventSession s, ZoneId zone) {
        return new SessionRequest(new TreeMap<>(s.title), inZone(s.startsAt, zone), inZone(s.endsAt, zone),
                List.copyOf(s.speakers));
    }

    /**
     * Copies every field of the request onto the entity (a create or a full replacement).
     *
     * @param zone   the request's time zone, already checked
     * @param series the series the request names, already looked up; null for none
     */
    public static void apply(EventRequest request, ZoneId zone, EventSeries series, Event e) {
        e.title = Texts.stripped(request.title());
        e.description = request.description() == null || request.description().isEmpty()
                ? null : Texts.stripped(request.description());
        e.kind = request.kind();
        e.attendanceMode = request.attendanceMode();
        e.startsAt = instant(request.startsAt());
        e.endsAt = instant(request.endsAt());
        e.timeZone = zone.getId();
        e.venue = trimToNull(request.venue());
        VenueCoordinates coordinates = request.venueCoordinates();
        e.venueLatitude = coordinates == null ? null : coordinates.latitude();
        e.venueLongitude = coordinates == null ? null : coordinates.longitude();
        VenueAddress address = request.venueAddress();
        e.venueStreetAddress = address == null ? null : trimToNull(address.streetAddress());
        e.venuePostalCode = address == null ? null : trimToNull(address.postalCode());
        e.venueLocality = address == null ? null : trimToNull(address.addressLocality());
        e.venueCountry = address == null ? null : address.addressCountry();
        e.joinUrl = trimToNull(request.joinUrl());
        e.series = series;
        replace(e.organizers, request.organizers());
        replace(e.participants, orEmpty(request.participants()));
        replace(e.partnerships, orEmpty(request.partnerships()));
        replace(e.topics, orEmpty(request.topics()));
        replaceSessions(e, orEmpty(request.sessions()).stream().map(EventMapper::session).toList());
        RegistrationSettings registration = request.registration();
        e.registrationOpen = registration != null && registration.open();
        e.registrationDeadline = registration == null || registration.deadline() == null
                ? null : instant(registration.deadline());
        e.registrationCapacity = registration == null ? null : registration.capacity();
    }

    /**
     * The event as a map feature: a point at its venue while people can come there (an online event has
     * none), with what a map shows about it; {@code minimal} keeps to a marker's label.
     */
    public static EventFeatureCollection.Feature toFeature(MapRow e, MapParams map) {
        ZoneId zone = ZoneId.of(e.timeZone());
        GeoJsonPoint point = e.hasPoint() ? GeoJsonPoint.of(e.venueLatitude(), e.venueLongitude(), map.precision) : null;
        EventFeatureCollection.Properties properties = map.minimal()
                ? new EventFeatureCollection.Properties(new TreeMap<>(e.title()), null, null, null,
                        inZone(e.startsAt(), zone), inZone(e.endsAt(), zone), null, null, null, null)
                : new EventFeatureCollection.Properties(new TreeMap<>(e.title()), e.kind(), e.status(),
                        e.attendanceMode(), inZone(e.startsAt(), zone), inZone(e.endsAt(), zone), e.timeZone(),
                        e.venue(), address(e.venueStreetAddress(), e.venuePostalCode(), e.venueLocality(),
                                e.venueCountry()), e.joinUrl());
        return EventFeatureCollection.Feature.of(e.id(), point, properties);
    }

    /** Where the venue is, or null when that is not known. */
    public static VenueCoordinates coordinates(Event e) {
        return coordinates(e.venueLatitude, e.venueLongitude);
    }

    private static VenueCoordinates coordinates(Double latitude, Double longitude) {
        return latitude == null ? null : new VenueCoordinates(latitude, longitude);
    }

    /** The venue's postal address, or null when it is not known. */
    public static VenueAddress address(Event e) {
        return address(e.venueStreetAddress, e.venuePostalCode, e.venueLocality, e.venueCountry);
    }

    private static VenueAddress address(String street, String postalCode, String locality, String country) {
        return locality == null ? null : new VenueAddress(street, postalCode, locality, country);
    }

    private static EventSession session(SessionRequest s) {
        EventSession session = new EventSession();
        session.title = Texts.stripped(s.title());
        session.startsAt = instant(s.startsAt());
        session.endsAt = instant(s.endsAt());
        session.speakers = orEmpty(s.speakers()).stream().map(String::strip).toList();
        return session;
    }

    /**
     * Replaces the agenda only when it differs: a cleared list is a changed collection to
     * Hibernate, which would rewrite its rows and raise the version for an identical agenda.
     */
    private static void replaceSessions(Event e, List<EventSession> wanted) {
        ZoneId zone = ZoneId.of(e.timeZone);
        List<SessionRequest> current = e.sessions.stream().map(s -> toRequest(s, zone)).toList();
        if (!current.equals(wanted.stream().map(s -> toRequest(s, zone)).toList())) {
            e.sessions.clear();
            e.sessions.addAll(wanted);
        }
    }

    private static <T extends Comparable<? super T>> List<T> sorted(java.util.Collection<T> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
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

    /** Replaces a collection's content in place, so Hibernate updates rows instead of the whole set. */
    private static <T> void replace(java.util.Collection<T> target, List<T> values) {
        LinkedHashSet<T> wanted = new LinkedHashSet<>(values);
        target.retainAll(wanted);
        target.addAll(wanted);
    }

    private static OffsetDateTime inZone(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
