package org.twintowns.partnerships.municipality.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.twintowns.partnerships.municipality.Municipality;

/** Municipalities as an RFC 7946 FeatureCollection of points, ready for a web map. */
final class MunicipalityGeoJson {

    static final String MEDIA_TYPE = "application/geo+json";
    private static final MediaType GEO_JSON = MediaType.valueOf(MEDIA_TYPE);

    private MunicipalityGeoJson() {
    }

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

    static ObjectNode of(List<Municipality> municipalities) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode features = json.arrayNode();
        for (Municipality m : municipalities) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", m.id.toString());
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            // RFC 7946 section 3.1.1: longitude first; six decimals are about 10 cm.
            geometry.putArray("coordinates").add(round(m.longitude)).add(round(m.latitude));
            ObjectNode properties = feature.putObject("properties");
            properties.put("name", m.name);
            properties.put("slug", m.slug);
            properties.put("kind", m.kind.name());
            properties.put("country", m.countryCode);
            properties.put("subdivision", m.subdivision);
            if (m.population != null) {
                properties.put("population", m.population);
            }
        }
        ObjectNode collection = json.objectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        return collection;
    }

    private static BigDecimal round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
