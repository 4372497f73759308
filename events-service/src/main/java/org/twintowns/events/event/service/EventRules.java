package org.twintowns.events.event.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.events.event.Event;
import org.twintowns.events.event.mapping.EventMapper;
import org.twintowns.events.event.rest.EventRequest;
import org.twintowns.events.event.rest.SessionRequest;

/** The checks of an event request that bean validation cannot express; each failure is a 400 naming the field. */
public final class EventRules {

    /** The IANA time zone database as the JDK knows it; excludes fixed offsets such as +02:00 or UTC+2. */
    private static final Set<String> IANA_ZONES = ZoneId.getAvailableZoneIds();

    private EventRules() {
    }

    /** Checks the whole request and returns its time zone. */
    public static ZoneId check(EventRequest request) {
        Instant start = EventMapper.instant(request.startsAt());
        Instant end = EventMapper.instant(request.endsAt());
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField("endsAt", "must be after startsAt");
        }
        ZoneId zone = timeZone(request.timeZone());
        checkAttendance(request.attendanceMode(), EventMapper.trimToNull(request.venue()),
                EventMapper.trimToNull(request.joinUrl()));
        List<SessionRequest> sessions = EventMapper.orEmpty(request.sessions());
        for (int i = 0; i < sessions.size(); i++) {
            SessionRequest session = sessions.get(i);
            Instant sessionStart = EventMapper.instant(session.startsAt());
            Instant sessionEnd = EventMapper.instant(session.endsAt());
            if (!sessionEnd.isAfter(sessionStart)) {
                throw ProblemException.invalidField("sessions[" + i + "].endsAt", "must be after startsAt");
            }
            if (sessionStart.isBefore(start) || sessionEnd.isAfter(end)) {
                throw ProblemException.invalidField("sessions[" + i + "]", "must lie within the event");
            }
        }
        if (request.registration() != null && request.registration().deadline() != null
                && EventMapper.instant(request.registration().deadline()).isAfter(end)) {
            throw ProblemException.invalidField("registration.deadline", "must not be after the event ends");
        }
        return zone;
    }

    /**
     * A region-based zone, never a fixed offset: the offset of a place changes with daylight
     * saving time and with law, and events keep the local time of where they happen.
     */
    static ZoneId timeZone(String id) {
        String message = "must be an IANA time zone such as Europe/Berlin";
        ZoneId zone;
        try {
            zone = ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", message + "; '" + id + "' is not one");
        }
        if (zone instanceof ZoneOffset || !IANA_ZONES.contains(zone.getId())) {
            throw ProblemException.invalidField("timeZone", message + ", not a fixed offset");
        }
        return zone;
    }

    static void checkAttendance(Event.AttendanceMode mode, String venue, String joinUrl) {
        if (mode != Event.AttendanceMode.ONLINE && venue == null) {
            throw ProblemException.invalidField("venue", "is required for " + mode + " events");
        }
        if (mode != Event.AttendanceMode.IN_PERSON && joinUrl == null) {
            throw ProblemException.invalidField("joinUrl", "is required for " + mode + " events");
        }
        if (joinUrl != null && !isAbsoluteHttps(joinUrl)) {
            throw ProblemException.invalidField("joinUrl", "must be an absolute https URL");
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
