package org.twintowns.events.event.rest;

import java.util.ArrayList;
import java.util.Map;
import org.twintowns.events.export.mapping.ExportedEvent;

/** An event as the API shows it, as the export's row, so that one event's JSON-LD is the export's node. */
final class EventLinkedData {

    private EventLinkedData() {
    }

    static ExportedEvent row(EventView e) {
        return new ExportedEvent(e.id(), e.title(), e.description() == null ? Map.of() : e.description(), e.kind().name(),
                e.status().name(), e.attendanceMode().name(), e.startsAt().toInstant(), e.endsAt().toInstant(),
                e.timeZone(), e.venue(), e.joinUrl(), e.series() == null ? null : e.series().id(), e.updatedAt(),
                new ArrayList<>(e.organizers()), new ArrayList<>(e.participants()), new ArrayList<>(e.partnerships()),
                new ArrayList<>(e.topics()),
                e.venueCoordinates() == null ? null : e.venueCoordinates().latitude(),
                e.venueCoordinates() == null ? null : e.venueCoordinates().longitude(),
                e.venueAddress() == null ? null : e.venueAddress().streetAddress(),
                e.venueAddress() == null ? null : e.venueAddress().postalCode(),
                e.venueAddress() == null ? null : e.venueAddress().addressLocality(),
                e.venueAddress() == null ? null : e.venueAddress().addressCountry());
    }
}
