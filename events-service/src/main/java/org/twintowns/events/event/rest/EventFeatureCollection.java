package org.twintowns.events.event.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.geo.GeoJsonPoint;
import org.twintowns.events.event.Event;

/**
 * Events as an RFC 7946 FeatureCollection: each a Point at its venue, [longitude, latitude] in WGS 84
 * degrees; an online event, or one whose venue has no coordinates, has no place (geometry null, RFC 7946
 * section 3.2). The list's map and the export write the same features.
 */
@Schema(name = "EventFeatureCollection")
public record EventFeatureCollection(
        @Schema(enumeration = "FeatureCollection") String type,
        @Schema(description = "Every matching event, in order of their start", maxItems = EventListResource.GEOJSON_LIMIT)
        List<Feature> features) {

    public static EventFeatureCollection of(List<Feature> features) {
        return new EventFeatureCollection("FeatureCollection", features);
    }

    /** One event. */
    @Schema(name = "EventFeature")
    public record Feature(
            @Schema(enumeration = "Feature") String type,
            @Schema(description = "The event id") UUID id,
            // Always written: RFC 7946 3.2 wants the member, null where the event has no place.
            @JsonInclude(JsonInclude.Include.ALWAYS)
            @Schema(description = "The venue; null for an online event or a venue without coordinates",
                    nullable = true)
            GeoJsonPoint geometry,
            Properties properties) {

        public static Feature of(UUID id, GeoJsonPoint geometry, Properties properties) {
            return new Feature("Feature", id, geometry, properties);
        }
    }

    /** What a map shows about an event; with properties=MINIMAL only title, startsAt and endsAt. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "EventFeatureProperties")
    public record Properties(
            @Schema(description = "Title by ISO 639 language code",
                    examples = "{\"en\": \"Delegation from Brovary visits Jena\"}")
            Map<@Size(max = 3) String, @Size(max = 300) String> title,
            @Schema(description = "Absent with properties=MINIMAL", examples = "DELEGATION_VISIT") Event.Kind kind,
            @Schema(description = "Absent with properties=MINIMAL", examples = "SCHEDULED") Event.Status status,
            @Schema(description = "Absent with properties=MINIMAL", examples = "IN_PERSON")
            Event.AttendanceMode attendanceMode,
            @Schema(description = "Start, with the offset of the event's time zone", examples = "2022-12-01T09:00:00+01:00")
            OffsetDateTime startsAt,
            @Schema(description = "End, with the offset of the event's time zone", examples = "2022-12-02T18:00:00+01:00")
            OffsetDateTime endsAt,
            @Schema(description = "IANA time zone; absent with properties=MINIMAL", examples = "Europe/Berlin",
                    maxLength = 64) String timeZone,
            @Schema(description = "Absent with properties=MINIMAL", examples = "Rathaus Jena, Markt 1, 07743 Jena",
                    maxLength = 300) String venue,
            @Schema(description = "Absent with properties=MINIMAL") VenueAddress venueAddress,
            @Schema(description = "Absent with properties=MINIMAL", examples = "https://meet.example.org/summer-school",
                    maxLength = 500) String joinUrl) {
    }
}
