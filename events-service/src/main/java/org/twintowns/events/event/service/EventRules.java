package org.twintowns.events.event.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.twintowns.commons.validation.CountryCodes;
import org.twintowns.commons.validation.RequestRules;
import org.twintowns.commons.validation.Violations;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.mapping.EventMapper;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.event.rest.SessionRequest;
import org.twintowns.events.event.rest.VenueAddress;

/**
 * The checks of an event request that bean validation cannot express. They run with the request's
 * constraints ({@code @CheckedBy} on {@link EventRequest}), and every failure is reported at once,
 * each naming its field.
 */
public final class EventRules implements RequestRules<EventRequest> {

    /** The IANA time zone database as the JDK knows it; excludes fixed offsets such as +02:00 or UTC+2. */
    private static final Set<String> IANA_ZONES = ZoneId.getAvailableZoneIds();
    private static final String ZONE_MESSAGE = "must be an IANA time zone such as Europe/Berlin";
    private static final EventRules RULES = new EventRules();

    /** Checks the whole request (400 naming every failing field) and returns its time zone. */
    public static ZoneId check(EventRequest request) {
        RequestRules.enforce(RULES, request);
        return ZoneId.of(request.timeZone().strip());
    }

    @Override
    public void check(EventRequest request, Violations violations) {
        Instant start = request.startsAt() == null ? null : EventMapper.instant(request.startsAt());
        Instant end = request.endsAt() == null ? null : EventMapper.instant(request.endsAt());
        boolean interval = start != null && end != null
                && violations.check(end.isAfter(start), "endsAt", "must be after startsAt");
        if (request.timeZone() != null && !request.timeZone().isBlank()) {
            checkTimeZone(request.timeZone(), violations);
        }
        if (request.attendanceMode() != null) {
            checkAttendance(request.attendanceMode(), EventMapper.trimToNull(request.venue()),
                    EventMapper.trimToNull(request.joinUrl()), violations);
        }
        checkVenuePlace(request, violations);
        List<SessionRequest> sessions = EventMapper.orEmpty(request.sessions());
        for (int i = 0; i < sessions.size(); i++) {
            SessionRequest session = sessions.get(i);
            if (session == null || session.startsAt() == null || session.endsAt() == null) {
                continue;
            }
            Instant sessionStart = EventMapper.instant(session.startsAt());
            Instant sessionEnd = EventMapper.instant(session.endsAt());
            if (!sessionEnd.isAfter(sessionStart)) {
                violations.add("sessions[" + i + "].endsAt", "must be after startsAt");
            } else if (interval && (sessionStart.isBefore(start) || sessionEnd.isAfter(end))) {
                violations.add("sessions[" + i + "]", "must lie within the event");
            }
        }
        if (end != null && request.registration() != null && request.registration().deadline() != null
                && EventMapper.instant(request.registration().deadline()).isAfter(end)) {
            violations.add("registration.deadline", "must not be after the event ends");
        }
    }

    /**
     * A region-based zone, never a fixed offset: the offset of a place changes with daylight
     * saving time and with law, and events keep the local time of where they happen.
     */
    private static void checkTimeZone(String id, Violations violations) {
        ZoneId zone;
        try {
            zone = ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            violations.add("timeZone", ZONE_MESSAGE + "; '" + id + "' is not one");
            return;
        }
        violations.check(!(zone instanceof ZoneOffset) && IANA_ZONES.contains(zone.getId()),
                "timeZone", ZONE_MESSAGE + ", not a fixed offset");
    }

    /**
     * Coordinates and address describe the venue, so neither comes without it; the address's country must
     * be one that exists (its form, two capitals, is a constraint of the record).
     */
    private static void checkVenuePlace(EventRequest request, Violations violations) {
        if (EventMapper.trimToNull(request.venue()) == null) {
            if (request.venueCoordinates() != null) {
                violations.add("venueCoordinates", "describes the venue; send venue too");
            }
            if (request.venueAddress() != null) {
                violations.add("venueAddress", "describes the venue; send venue too");
            }
        }
        VenueAddress address = request.venueAddress();
        if (address != null && address.addressCountry() != null && address.addressCountry().matches("[A-Z]{2}")) {
            violations.check(CountryCodes.isKnown(address.addressCountry()), "venueAddress.addressCountry",
                    "'" + address.addressCountry() + "' is not an ISO 3166-1 alpha-2 country code");
        }
    }

    /** The venue and join URL an attendance mode needs; 400 naming each that is missing or wrong. */
    static void checkAttendance(Event.AttendanceMode mode, String venue, String joinUrl) {
        Violations violations = new Violations();
        checkAttendance(mode, venue, joinUrl, violations);
        violations.throwIfAny();
    }

    private static void checkAttendance(Event.AttendanceMode mode, String venue, String joinUrl,
                                        Violations violations) {
        if (mode != Event.AttendanceMode.ONLINE && venue == null) {
            violations.add("venue", "is required for " + mode + " events");
        }
        if (mode != Event.AttendanceMode.IN_PERSON && joinUrl == null) {
            violations.add("joinUrl", "is required for " + mode + " events");
        }
        if (joinUrl != null && !isAbsoluteHttps(joinUrl)) {
            violations.add("joinUrl", "must be an absolute https URL");
        }
    }

    private static boolean isAbsoluteHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
