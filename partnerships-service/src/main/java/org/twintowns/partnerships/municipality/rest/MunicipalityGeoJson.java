package org.twintowns.partnerships.municipality.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.geo.GeoJsonPoint;
import org.twintowns.commons.geo.MapParams;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MapPoint;

/** Municipalities as an RFC 7946 FeatureCollection of points, ready for a web map. */
@Schema(name = "MunicipalityFeatureCollection")
record MunicipalityGeoJson(
        @Schema(enumeration = "FeatureCollection") String type,
        @Schema(description = "Every matching municipality with coordinates", maxItems = MunicipalityListResource.GEOJSON_LIMIT)
        List<Feature> features) {

    /** @param displayNames names in the reader's languages, where a municipality has one */
    static MunicipalityGeoJson of(List<MapPoint> points, Map<UUID, String> displayNames, MapParams map) {
        return new MunicipalityGeoJson("FeatureCollection", points.stream()
                .map(m -> Feature.of(m, displayNames.getOrDefault(m.id(), m.name()), map)).toList());
    }

    /** One municipality. */
    @Schema(name = "MunicipalityFeature")
    record Feature(
            @Schema(enumeration = "Feature") String type,
            @Schema(description = "The municipality id") UUID id,
            GeoJsonPoint geometry,
            Properties properties) {

        static Feature of(MapPoint m, String displayName, MapParams map) {
            GeoJsonPoint point = GeoJsonPoint.of(m.latitude(), m.longitude(), map.precision);
            Properties properties = map.minimal()
                    // A marker's label: displayName only where it is not the name again.
                    ? new Properties(m.name(), displayName.equals(m.name()) ? null : displayName, m.slug(), null, null,
                            null, null)
                    : new Properties(m.name(), displayName, m.slug(), m.kind(), m.countryCode(), m.subdivision(),
                            m.population());
            return new Feature("Feature", m.id(), point, properties);
        }
    }

    /**
     * What a map shows about a municipality; with properties=MINIMAL only name, slug, and displayName where it
     * differs from name.
     */
    @Schema(name = "MunicipalityFeatureProperties")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Properties(
            @Schema(description = "Official name in the original language and script", maxLength = 200) String name,
            @Schema(description = "The name in the language of lang or Accept-Language, else the official name; "
                    + "with properties=MINIMAL only where it differs from name", maxLength = 200) String displayName,
            @Schema(maxLength = 120, pattern = Slugs.PATTERN) String slug,
            @Schema(description = "Absent with properties=MINIMAL") Municipality.Kind kind,
            @Schema(description = "ISO 3166-1 alpha-2; absent with properties=MINIMAL", pattern = "[A-Z]{2}")
            String country,
            @Schema(description = "ISO 3166-2, absent when not known and with properties=MINIMAL",
                    pattern = "[A-Z]{2}-[A-Z0-9]{1,3}") String subdivision,
            @Schema(minimum = "0", maximum = "" + Integer.MAX_VALUE) Integer population) {
    }
}
