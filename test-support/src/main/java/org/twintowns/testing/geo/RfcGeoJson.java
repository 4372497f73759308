package org.twintowns.testing.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of RFC 7946 a map's answer must keep, checked on a document parsed as generic JSON (not read back
 * into the records that wrote it); returns every coordinate.
 */
public final class RfcGeoJson {

    private RfcGeoJson() {
    }

    /**
     * Checks a FeatureCollection of Point, LineString and MultiLineString features, and of features without a
     * place (geometry null, RFC 7946 section 3.2); its coordinates, lon then lat.
     */
    public static List<BigDecimal> positions(Object document) {
        Map<?, ?> collection = assertInstanceOf(Map.class, document);
        assertEquals("FeatureCollection", collection.get("type"));
        List<BigDecimal> values = new ArrayList<>();
        for (Object item : assertInstanceOf(List.class, collection.get("features"))) {
            Map<?, ?> feature = assertInstanceOf(Map.class, item);
            assertEquals("Feature", feature.get("type"));
            assertTrue(feature.get("id") instanceof String || feature.get("id") instanceof Number, "id: string or number");
            assertInstanceOf(Map.class, feature.get("properties"));
            assertTrue(feature.containsKey("geometry"), "a feature has a geometry member, null where it has no place");
            if (feature.get("geometry") == null) {
                continue;
            }
            Map<?, ?> geometry = assertInstanceOf(Map.class, feature.get("geometry"));
            Object coordinates = geometry.get("coordinates");
            switch ((String) geometry.get("type")) {
                case "Point" -> values.addAll(position(coordinates));
                case "LineString" -> values.addAll(line(coordinates));
                case "MultiLineString" -> assertInstanceOf(List.class, coordinates)
                        .forEach(line -> values.addAll(line(line)));
                default -> throw new AssertionError("not a geometry a map draws: " + geometry.get("type"));
            }
        }
        return values;
    }

    private static List<BigDecimal> line(Object coordinates) {
        List<?> positions = assertInstanceOf(List.class, coordinates);
        assertTrue(positions.size() >= 2, "a LineString has two or more positions");
        List<BigDecimal> values = new ArrayList<>();
        positions.forEach(p -> values.addAll(position(p)));
        return values;
    }

    /** A JSON number as written: a parser hands whole numbers back as integers, the others as decimals. */
    private static BigDecimal decimal(Object value) {
        return new BigDecimal(assertInstanceOf(Number.class, value).toString());
    }

    private static List<BigDecimal> position(Object coordinates) {
        List<?> position = assertInstanceOf(List.class, coordinates);
        assertEquals(2, position.size(), "[longitude, latitude]");
        BigDecimal longitude = decimal(position.get(0));
        BigDecimal latitude = decimal(position.get(1));
        assertTrue(longitude.abs().compareTo(BigDecimal.valueOf(180)) <= 0, "longitude " + longitude);
        assertTrue(latitude.abs().compareTo(BigDecimal.valueOf(90)) <= 0, "latitude " + latitude);
        return List.of(longitude, latitude);
    }
}
