package org.twintowns.events.series;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to start a series of events. */
@Schema(name = "EventSeriesRequest")
public record SeriesRequest(
        @Schema(description = "Name by ISO 639 language code", required = true,
                examples = "{\"de\": \"Sommerschule Kassel–Nowy Urengoi\", \"en\": \"Kassel–Novy Urengoy summer school\"}")
        @NotEmpty @Size(max = 30)
        Map<@Pattern(regexp = "[a-z]{2,3}", message = "must be a lowercase ISO 639 language code such as de or uk")
                String, @NotBlank @Size(max = 300) String> name,
        @Schema(description = "Description by ISO 639 language code",
                examples = "{\"en\": \"A yearly summer school for administration staff of both cities\"}")
        @Size(max = 30)
        Map<@Pattern(regexp = "[a-z]{2,3}", message = "must be a lowercase ISO 639 language code such as de or uk")
                String, @NotBlank @Size(max = 5000) String> description) {
}
