package org.twintowns.events.event.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The venue's postal address, in the parts and under the names of schema.org's PostalAddress, so that
 * a JSON-LD view maps it one to one; a place is found by its locality and country, street and postal
 * code are optional. The free-text {@code venue} stays what people read.
 */
@Schema(name = "EventVenueAddress", description = "Postal address of the venue (schema.org PostalAddress)")
public record VenueAddress(
        @Schema(examples = "Obere Königsstraße 8") @Size(max = 200) String streetAddress,
        @Schema(examples = "34117") @Size(max = 20)
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]*", message = "must be Latin letters, digits, spaces and hyphens")
        String postalCode,
        @Schema(description = "Town or city", examples = "Kassel") @NotBlank @Size(max = 100) String addressLocality,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "DE", pattern = "[A-Z]{2}")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as DE")
        String addressCountry) {
}
