package org.twintowns.partnerships.municipality.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.municipality.Municipality;

/** What a client sends to register a municipality. */
@Schema(name = "MunicipalityRequest")
public record MunicipalityRequest(
        @Schema(description = "Official name in the original language and script", examples = "Jena")
        @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "URL-safe identifier; derived from the name when omitted", examples = "jena")
        @Size(max = 120) @Pattern(regexp = Slugs.PATTERN,
                message = "must be lowercase letters and digits separated by single hyphens")
        String slug,

        @Schema(description = "Kind of authority", examples = "CITY")
        @NotNull
        Municipality.Kind kind,

        @Schema(description = "ISO 3166-1 alpha-2 country code", examples = "DE")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE")
        String country,

        @Schema(description = "ISO 3166-2 subdivision code; must belong to the country", examples = "DE-TH")
        @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code such as DE-TH")
        String subdivision,

        @Schema(description = "Official municipality code, such as the German AGS", examples = "16053000")
        @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z]+", message = "must be letters and digits only")
        String officialCode,

        @Schema(description = "Wikidata item id", examples = "Q3150")
        @Pattern(regexp = "Q[1-9][0-9]{0,11}", message = "must be a Wikidata item id such as Q3150")
        String wikidataId) {
}
