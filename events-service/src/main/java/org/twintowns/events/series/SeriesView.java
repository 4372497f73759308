package org.twintowns.events.series;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A series of events as clients see it; its events are listed with GET /api/v1/events?series=. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "EventSeries")
public record SeriesView(
        @Schema(examples = "5c4b3a29-1807-4f6e-9d5c-4b3a29180716") UUID id,
        @Schema(examples = "{\"en\": \"Kassel–Novy Urengoy summer school\"}")
        Map<@Size(max = 3) String, @Size(max = 300) String> name,
        @Schema(examples = "{\"en\": \"A yearly summer school for administration staff\"}")
        Map<@Size(max = 3) String, @Size(max = 5000) String> description,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static SeriesView of(EventSeries s) {
        return new SeriesView(s.id, new TreeMap<>(s.name),
                s.description == null ? Map.of() : new TreeMap<>(s.description), s.createdAt, s.updatedAt);
    }
}
