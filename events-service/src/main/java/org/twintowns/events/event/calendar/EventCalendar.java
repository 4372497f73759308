package org.twintowns.events.event.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.twintowns.commons.geo.Positions;
import org.twintowns.commons.http.Languages;
import org.twintowns.events.event.Event;

/**
 * Events as an RFC 5545 calendar, built with ical4j: each event a VEVENT with a UID that never
 * changes, SEQUENCE counting its changes, one DTSTAMP (the event's last change), local start and end with TZID and the matching
 * VTIMEZONE, GEO where people come to a venue with coordinates. Only what is public about an event goes in;
 * never anything about registrants.
 */
@ApplicationScoped
public class EventCalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    static final String PRODUCT = "-//TwinTowns//Events 1.0//EN";
    private static final int GEO_DECIMALS = 6;
    /** Domain part of every UID: {@code <event id>@twintowns}. */
    static final String UID_DOMAIN = "twintowns";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The calendar text (CRLF line ends, lines folded at 75 octets) of the given events; the same for the same events. */
    public String render(List<Event> events, List<String> languages) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        Set<String> zoneIds = new LinkedHashSet<>();
        for (Event event : events) {
            calendar.add(vevent(event, languages));
            zoneIds.add(event.timeZone);
        }
        for (String zoneId : zoneIds) {
            TimeZone zone = zones.getTimeZone(zoneId);
            if (zone != null) {
                calendar.add(zone.getVTimeZone());
            }
        }
        // Calendar's text is its content lines unfolded; ical4j's own folding counts characters, not octets.
        return ContentLines.fold(calendar.toString());
    }

    private VEvent vevent(Event event, List<String> languages) {
        ZoneId zone = ZoneId.of(event.timeZone);
        VEvent vevent = new VEvent(ZonedDateTime.ofInstant(event.startsAt, zone),
                ZonedDateTime.ofInstant(event.endsAt, zone), text(event.title, languages));
        vevent.add(new Uid(event.id + "@" + UID_DOMAIN));
        // The constructor stamps the event with the current time; RFC 5545 allows one DTSTAMP. The time of
        // the event's last change keeps the text the same while the event is, so its digest can be an ETag.
        vevent.replace(new DtStamp(event.updatedAt.toInstant()));
        vevent.add(new LastModified(event.updatedAt.toInstant()));
        vevent.add(new Sequence(event.sequence));
        vevent.add(switch (event.status) {
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
            case POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
            default -> ImmutableStatus.VEVENT_CONFIRMED;
        });
        if (event.description != null && !event.description.isEmpty()) {
            vevent.add(new Description(text(event.description, languages)));
        }
        String location = location(event);
        if (location != null) {
            vevent.add(new Location(location));
        }
        if (event.hasPoint()) {
            // RFC 5545 3.8.1.6: latitude first, up to six decimals (about 10 cm); an online event has no place.
            vevent.add(new Geo(Positions.round(event.venueLatitude, GEO_DECIMALS),
                    Positions.round(event.venueLongitude, GEO_DECIMALS)));
        }
        if (event.joinUrl != null) {
            vevent.add(new Url(URI.create(event.joinUrl)));
        }
        return vevent;
    }

    /**
     * Where people go: the venue, but the way to join once the event is online only. An event moved
     * online keeps its venue on record, and a calendar must not send anyone there.
     */
    static String location(Event event) {
        if (event.attendanceMode == Event.AttendanceMode.ONLINE || event.venue == null) {
            return event.joinUrl;
        }
        return event.venue;
    }

    /** The text in the first language asked for that the event has, else its first one. */
    private static String text(Map<String, String> byLanguage, List<String> languages) {
        return Languages.pick(byLanguage, languages).orElseGet(() -> byLanguage.values().iterator().next());
    }
}
