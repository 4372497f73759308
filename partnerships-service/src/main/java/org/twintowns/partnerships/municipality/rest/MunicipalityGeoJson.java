package org.twintowns.partnerships.municipality.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.municipality.Municipality;

/** Municipalities as an RFC 7946 FeatureCollection of points, ready for a web map. */
@Schema(name = "MunicipalityFeatureCollection")
record MunicipalityGeoJson(
        @Schema(enumeration = "FeatureCollection") String type,
        @Schema(description = "Every matching municipality with coordinates", maxItems = MunicipalityListResource.GEOJSON_LIMIT)
        List<Feature> features) {

    static final String MEDIA_TYPE = "application/geo+json";
    private static final MediaType GEO_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** True when the client asked for GeoJSON rather than JSON (a wildcard alone means JSON). */
    static boolean isPreferred(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(GEO_JSON) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** @param displayNames names in the reader's languages, where a municipality has one */
    static MunicipalityGeoJson of(List<Municipality> municipalities, Map<UUID, String> displayNames) {
        return new MunicipalityGeoJson("FeatureCollection", municipalities.stream()
                .map(m -> Feature.of(m, displayNames.getOrDefault(m.id, m.name))).toList());
    }

    /** One municipality. */
    @Schema(name = "MunicipalityFeature")
    record Feature(
            @Schema(enumeration = "Feature") String type,
            @Schema(description = "The municipality id") UUID id,
            Point geometry,
            Properties properties) {

        static Feature of(Municipality m, String displayName) {
            // RFC 7946 section 3.1.1: longitude first.
            return new Feature("Feature", m.id, new Point("Point", List.of(round(m.longitude), round(m.latitude))),
                    new Properties(m.name, displayName, m.slug, m.kind, m.countryCode, m.subdivision, m.population));
        }
    }

    /** Where it lies. */
    @Schema(name = "GeoJsonPoint")
    record Point(
            @Schema(enumeration = "Point") String type,
            @Schema(ref = "GeoJsonPosition") List<BigDecimal> coordinates) {
    }

    /** What a map shows about a municipality. */
    @Schema(name = "MunicipalityFeatureProperties")
    record Properties(
            @Schema(description = "Official name in the original language and script", maxLength = 200) String name,
            @Schema(description = "The name in the language of lang or Accept-Language, else the official name",
                    maxLength = 200) String displayName,
            @Schema(maxLength = 120, pattern = Slugs.PATTERN) String slug,
            Municipality.Kind kind,
            @Schema(description = "ISO 3166-1 alpha-2", pattern = "[A-Z]{2}") String country,
            @Schema(description = "ISO 3166-2, null when not known", pattern = "[A-Z]{2}-[A-Z0-9]{1,3}") String subdivision,
            @Schema(minimum = "0", maximum = "" + Integer.MAX_VALUE)
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer population) {
    }

    /** Six decimals are about 10 cm. */
    private static BigDecimal round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
