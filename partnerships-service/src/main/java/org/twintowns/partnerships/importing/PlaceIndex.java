package org.twintowns.partnerships.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/**
 * Finds the municipality a data set means by a name and a position. Names are compared by
 * {@link SearchKeys}, also without their qualifiers ("Halle (Saale)" is Halle, "Frankfurt am Main"
 * is Frankfurt); where several places share a name, the position decides.
 */
final class PlaceIndex {

    /** A place more than this far from the given position is another place of the same name. */
    static final double SAME_PLACE_KM = 20;

    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\(.*?\\)");
    private static final Pattern QUALIFIER = Pattern.compile(
            "\\s+(am|an der|an den|in der|im|in|ob der|bei|vor der|auf der|unter)\\s.*$");
    /** Wikidata disambiguates by region after a comma: "Essen, Lower Saxony". */
    private static final Pattern COMMA_REGION = Pattern.compile(",.*$");
    /** The Gemeindeverzeichnis abbreviates qualifiers: "Altdorf b.Nürnberg", "Bad Homburg v.d.Höhe". */
    private static final Map<Pattern, String> ABBREVIATIONS = Map.of(
            Pattern.compile("\\ba\\.\\s*d\\.\\s*"), "an der ",
            Pattern.compile("\\bv\\.\\s*d\\.\\s*"), "vor der ",
            Pattern.compile("\\bi\\.\\s*d\\.\\s*"), "in der ",
            Pattern.compile("\\bo\\.\\s*d\\.\\s*"), "ob der ",
            Pattern.compile("\\bb\\.\\s*"), "bei ",
            Pattern.compile("\\ba\\.\\s*(?=\\p{Lu})"), "am ",
            Pattern.compile("\\bi\\.\\s*(?=\\p{Lu})"), "im ");

    /** Exact names and names without qualifiers, by country. */
    private final Map<String, Map<String, List<Municipality>>> exact = new HashMap<>();
    private final Map<String, Map<String, List<Municipality>>> base = new HashMap<>();

    void add(Municipality m) {
        Set<String> names = new LinkedHashSet<>();
        variants(m.name, names);
        for (MunicipalityName other : m.otherNames) {
            variants(other.name, names);
        }
        for (String name : names) {
            put(exact, m.countryCode, SearchKeys.of(name), m);
            put(base, m.countryCode, baseKey(name), m);
        }
    }

    /** Records a name under which a place can also be found, such as an English exonym. */
    void alias(Municipality m, String name) {
        put(exact, m.countryCode, SearchKeys.of(name), m);
        put(base, m.countryCode, baseKey(name), m);
    }

    /**
     * A name as written, with its abbreviations spelled out, and each part of a bilingual name
     * ("Cottbus/Chóśebuz" is Cottbus and Chóśebuz).
     */
    private static void variants(String name, Set<String> into) {
        String expanded = expand(name);
        into.add(name);
        into.add(expanded);
        if (expanded.contains("/")) {
            for (String part : expanded.split("/")) {
                if (!part.isBlank()) {
                    into.add(part.strip());
                }
            }
        }
    }

    static String expand(String name) {
        String expanded = name;
        for (Map.Entry<Pattern, String> abbreviation : ABBREVIATIONS.entrySet()) {
            expanded = abbreviation.getKey().matcher(expanded).replaceAll(abbreviation.getValue());
        }
        return expanded;
    }

    /**
     * The place of that name in that country: among exact matches, else among places whose name
     * without qualifiers matches, the one nearest to the position (within {@link #SAME_PLACE_KM});
     * without a position, only an unambiguous match.
     */
    Municipality find(String country, String name, Double latitude, Double longitude) {
        String expanded = expand(name);
        Municipality found = choose(lookup(exact, country, SearchKeys.of(expanded)), latitude, longitude);
        return found != null ? found : choose(lookup(base, country, baseKey(expanded)), latitude, longitude);
    }

    private static Municipality choose(List<Municipality> candidates, Double latitude, Double longitude) {
        if (candidates.isEmpty()) {
            return null;
        }
        if (latitude == null) {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
        Municipality best = null;
        double bestKm = Double.MAX_VALUE;
        for (Municipality m : candidates) {
            double km = m.hasCoordinates()
                    ? Geo.distanceKm(latitude, longitude, m.latitude, m.longitude)
                    : (candidates.size() == 1 ? 0 : Double.MAX_VALUE);
            if (km < bestKm) {
                best = m;
                bestKm = km;
            }
        }
        return bestKm <= SAME_PLACE_KM ? best : null;
    }

    static String baseKey(String name) {
        String stripped = COMMA_REGION.matcher(PARENTHETICAL.matcher(name).replaceAll("")).replaceFirst("");
        stripped = QUALIFIER.matcher(stripped).replaceFirst("");
        return SearchKeys.of(stripped);
    }

    private static void put(Map<String, Map<String, List<Municipality>>> index, String country, String key,
                            Municipality m) {
        if (key.isEmpty()) {
            return;
        }
        List<Municipality> list = index.computeIfAbsent(country, c -> new HashMap<>())
                .computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(m)) {
            list.add(m);
        }
    }

    private static List<Municipality> lookup(Map<String, Map<String, List<Municipality>>> index, String country,
                                             String key) {
        return index.getOrDefault(country, Map.of()).getOrDefault(key, List.of());
    }
}
