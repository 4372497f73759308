package org.twintowns.events.event.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where the venue is: a WGS 84 position, both parts or none (schema.org GeoCoordinates' names). */
@Schema(name = "EventVenueCoordinates", description = "WGS 84 position of the venue; latitude and longitude together")
public record VenueCoordinates(
        @Schema(examples = "51.3128", minimum = "-90", maximum = "90")
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Schema(examples = "9.4925", minimum = "-180", maximum = "180")
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
}
