package org.twintowns.commons.geo;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 7946 Point. Its position schema, {@code GeoJsonPosition}, is in each service's
 * META-INF/openapi.yaml (an array of two numbers, which annotations cannot state); the copies are
 * equal, so the gateway's merged document keeps one.
 */
@Schema(name = "GeoJsonPoint")
public record GeoJsonPoint(
        @Schema(enumeration = "Point") String type,
        @Schema(ref = "GeoJsonPosition") List<BigDecimal> coordinates) {

    /** The point at these WGS 84 degrees, each rounded to {@code decimals}; longitude first (RFC 7946 3.1.1). */
    public static GeoJsonPoint of(double latitude, double longitude, int decimals) {
        return new GeoJsonPoint("Point", List.of(Positions.round(longitude, decimals), Positions.round(latitude, decimals)));
    }
}
