package org.twintowns.partnerships.importing.twinning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.twintowns.partnerships.importing.Geo;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * The municipality of an official list that a former municipality was merged into, found by position.
 * German municipalities merge every year (Hermannsburg into Südheide, Gräfenroda into Geratal,
 * Westerland into Sylt), and a merged municipality's partnerships pass to the new one; lists such as
 * Wikidata's still name the former one, which the current official list no longer has.
 *
 * <p>The position alone decides, so the rule is strict: the place must lie at the municipality's
 * own point (within {@link #AT_KM}), where the official list puts the new municipality because the
 * former town is its centre, with no other municipality's point within {@link #ALONE_KM}; and if the
 * list gives the place's population, it must be smaller than the municipality's, as a part's is.
 * A place that lies merely nearest to a municipality (Wenigumstadt, 3.7 km from Großostheim and
 * 3.9 km from Schaafheim) is only reported. Municipality points are no outlines: a village a few
 * kilometres from the nearest point lies as often in a neighbour, or in a large city whose point is
 * far away (Naurod is in Wiesbaden, not in Niedernhausen 3 km away).
 *
 * <p>The boroughs of the city-states Berlin and Hamburg (Land and municipality at once, an AGS
 * ending in six zeros) hold partnerships of their own: a place in one is never taken for the city.
 */
final class Successors {

    /** Within this distance of a municipality's point a place is at its centre. */
    static final double AT_KM = 0.5;
    /** No other municipality's point may lie within this distance of the place. */
    static final double ALONE_KM = 2;
    /** Within this distance of a municipality's point an unmatched place is worth a look. */
    static final double NEAR_KM = 5;
    /** The city-states' own area lies within this distance of their points (Berlin's radius is about 17 km). */
    static final double CITY_STATE_KM = 20;

    /** What the position says about a place: the municipality it was merged into, or why a person should look. */
    record Finding(Place successor, String reason) {
    }

    /** Where the places of official lists nearest to a position are: the two nearest, and the city-states near it. */
    interface Nearest {
        List<Place> near(String country, double latitude, double longitude);
    }

    private final Nearest elsewhere;
    private final Map<String, List<Place>> located = new HashMap<>();

    /** Successors among the places recorded here. */
    Successors() {
        this((country, latitude, longitude) -> List.of());
    }

    /** Successors among the places {@code elsewhere} holds and those recorded here. */
    Successors(Nearest elsewhere) {
        this.elsewhere = elsewhere;
    }

    /** Records a municipality of an official list (one with an official code) that has a position. */
    void add(Place m) {
        if (m.officialCode() != null && m.hasCoordinates() && m.mergedIntoId() == null) {
            located.computeIfAbsent(m.countryCode(), c -> new ArrayList<>()).add(m);
        }
    }

    /** Lets go of the places recorded here: {@code elsewhere} has them now. */
    void clear() {
        located.clear();
    }

    /**
     * The municipality the place at this position was merged into, with the reason to note; or no
     * successor and what a person should know (a near municipality, a city-state), or neither.
     */
    Finding find(String country, String name, double latitude, double longitude, Integer population) {
        Place nearest = null;
        double nearestKm = Double.MAX_VALUE;
        Place next = null;
        double nextKm = Double.MAX_VALUE;
        Place cityState = null;
        List<Place> candidates = new ArrayList<>(elsewhere.near(country, latitude, longitude));
        located.getOrDefault(country, List.of()).stream().filter(m -> !candidates.contains(m)).forEach(candidates::add);
        for (Place m : candidates) {
            double km = Geo.distanceKm(latitude, longitude, m.latitude(), m.longitude());
            if (cityState(m) && km <= CITY_STATE_KM) {
                cityState = m;
            }
            if (km < nearestKm) {
                next = nearest;
                nextKm = nearestKm;
                nearest = m;
                nearestKm = km;
            } else if (km < nextKm) {
                next = m;
                nextKm = km;
            }
        }
        if (nearest == null) {
            return new Finding(null, null);
        }
        String distances = km(nearestKm) + " from the point of " + shown(nearest)
                + (next == null ? "" : ", " + km(nextKm) + " from that of " + shown(next));
        boolean alone = next == null || nextKm >= ALONE_KM;
        boolean smaller = population == null || nearest.population() == null || population < nearest.population();
        if (nearestKm <= AT_KM && alone && smaller && !cityState(nearest)) {
            return new Finding(nearest, name + " is not on the official list; it lies " + distances
                    + ": matched by position as a former municipality or part of " + nearest.name());
        }
        if (cityState != null) {
            return new Finding(null, name + " is not on the official list; it lies " + km(Geo.distanceKm(latitude,
                    longitude, cityState.latitude(), cityState.longitude())) + " from the point of " + shown(cityState)
                    + ", a city-state: if it is one of its boroughs, those hold partnerships of their own, "
                    + "and it is not attributed to " + cityState.name());
        }
        if (nearestKm > NEAR_KM) {
            return new Finding(null, null);
        }
        String why = !alone ? "another municipality's point lies within " + km(ALONE_KM)
                : !smaller ? "it has more inhabitants (" + population + ") than " + nearest.name()
                + " (" + nearest.population() + ")"
                : "it lies more than " + km(AT_KM) + " from the point";
        return new Finding(null, "near-miss, please check: " + name + " is not on the official list; it lies "
                + distances + "; it may be a former municipality or part of " + nearest.name() + ", but " + why);
    }

    /** A city-state: Land and municipality at once, its AGS ends in six zeros (Berlin 11000000, Hamburg 02000000). */
    static boolean cityState(Place m) {
        return "DE".equals(m.countryCode()) && m.officialCode() != null && m.officialCode().endsWith("000000");
    }

    private static String shown(Place m) {
        return m.name() + " (" + m.officialCode() + ")";
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, "%.1f km", km);
    }
}
