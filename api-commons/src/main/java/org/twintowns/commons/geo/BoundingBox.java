package org.twintowns.commons.geo;

import org.twintowns.commons.problem.ProblemException;

/**
 * A map's visible area as RFC 7946 section 5 gives it: west, south, east, north in WGS 84 degrees.
 * A box across the antimeridian (west greater than east) is refused: a client asks for its two halves.
 */
public record BoundingBox(double minLongitude, double minLatitude, double maxLongitude, double maxLatitude) {

    /** Reads {@code minLon,minLat,maxLon,maxLat}; anything else is a 400 naming {@code parameter}. */
    public static BoundingBox parse(String text, String parameter) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw invalid(parameter, "must be four numbers: minLon,minLat,maxLon,maxLat");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw invalid(parameter, "'" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(values[i])) {
                throw invalid(parameter, "must be finite numbers");
            }
        }
        BoundingBox box = new BoundingBox(values[0], values[1], values[2], values[3]);
        if (outside(box.minLongitude, 180) || outside(box.maxLongitude, 180)) {
            throw invalid(parameter, "longitudes must lie in [-180, 180]");
        }
        if (outside(box.minLatitude, 90) || outside(box.maxLatitude, 90)) {
            throw invalid(parameter, "latitudes must lie in [-90, 90]");
        }
        if (box.minLatitude > box.maxLatitude) {
            throw invalid(parameter, "minLat must not exceed maxLat");
        }
        if (box.minLongitude > box.maxLongitude) {
            throw invalid(parameter, "minLon must not exceed maxLon; ask for a box across the antimeridian "
                    + "as its two halves");
        }
        return box;
    }

    private static boolean outside(double value, double limit) {
        return value < -limit || value > limit;
    }

    private static ProblemException invalid(String parameter, String message) {
        return ProblemException.invalidField(parameter, message);
    }
}
