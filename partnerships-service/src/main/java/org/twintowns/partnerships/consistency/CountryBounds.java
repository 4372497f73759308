package org.twintowns.partnerships.consistency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Coarse bounding boxes of countries (geo/country-bounds.csv), to spot positions filed under the wrong country. */
final class CountryBounds {

    private record Box(double minLat, double maxLat, double minLon, double maxLon) {
        boolean contains(double lat, double lon) {
            return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
        }
    }

    private final Map<String, List<Box>> boxes;

    private CountryBounds(Map<String, List<Box>> boxes) {
        this.boxes = boxes;
    }

    static CountryBounds load() {
        Map<String, List<Box>> boxes = new HashMap<>();
        try (InputStream in = CountryBounds.class.getResourceAsStream("/geo/country-bounds.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                boxes.computeIfAbsent(f[0], c -> new ArrayList<>()).add(new Box(Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CountryBounds(boxes);
    }

    boolean knows(String country) {
        return boxes.containsKey(country);
    }

    Set<String> countries() {
        return boxes.keySet();
    }

    boolean contains(String country, double latitude, double longitude) {
        return boxes.getOrDefault(country, List.of()).stream().anyMatch(b -> b.contains(latitude, longitude));
    }
}
