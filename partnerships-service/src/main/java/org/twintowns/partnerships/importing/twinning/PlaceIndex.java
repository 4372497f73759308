package org.twintowns.partnerships.importing.twinning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.twintowns.partnerships.municipality.search.PlaceNames;
import org.twintowns.partnerships.importing.Geo;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/**
 * Finds the municipality a list means: by its Wikidata id, by its official code, else by its name
 * and position within its country. Names are compared as written (folded by {@link SearchKeys}),
 * then without the words for their kind of unit ({@link PlaceNames}: "Västerås Municipality" is
 * Västerås), then also without their qualifiers ("Halle (Saale)" is Halle, "Frankfurt am Main" is
 * Frankfurt, "Essen, Lower Saxony" is Essen); where several places share a name, the position
 * decides. A name that says it is a district or region ("Landkreis Kassel") is never taken for the
 * municipality of the same name on an official list. A former name (Kreuzberg, now part of
 * Friedrichshain-Kreuzberg) is found only where no place bears the name today.
 *
 * <p>A place without a position of its own in the subdivision of a city-state (a borough of Berlin or
 * Hamburg, which hold no other municipality) lies within that city-state: it is as far from a position
 * as the city-state's point.
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

    private final Map<String, Place> byQid = new HashMap<>();
    private final Map<String, Place> byOfficialCode = new HashMap<>();
    /** Names as written, without kind words, and without qualifiers too: by country, then key. */
    private final Map<String, Map<String, List<Place>>> exact = new HashMap<>();
    private final Map<String, Map<String, List<Place>>> core = new HashMap<>();
    private final Map<String, Map<String, List<Place>>> base = new HashMap<>();
    /** Former names, without kind words and also without qualifiers: by country, then key. */
    private final Map<String, Map<String, List<Place>>> former = new HashMap<>();
    /** The city-states (Berlin, Hamburg) by their subdivision, the only municipality in it. */
    private final Map<String, Place> cityStates = new HashMap<>();
    /** The parts of hyphenated names ("Bitterfeld-Wolfen"): by country, then the part's core key. */
    private final Map<String, Map<String, List<Place>>> parts = new HashMap<>();
    /**
     * By country, then length: each core key of {@link PlaceNames#NEAR_MIN_LENGTH} letters or more, once, in the order first
     * recorded; {@link #nearMiss} looks among those of about a name's length for one a slip away. (An index of
     * every key's one-letter deletions found them without looking, but held a set for each deletion of each
     * name: 40 % of the heap an import of the registry held, and growing with the registry; bench/imports.sh.)
     */
    private final Map<String, Map<Integer, List<String>>> coreKeys = new HashMap<>();
    private final Successors successors = new Successors();

    /** Records a place under its name and its other names; {@code formerNames} are found only where no place bears them today. */
    void add(Place m, List<String> otherNames, List<String> formerNames) {
        Set<String> names = new LinkedHashSet<>();
        variants(m.name(), names);
        otherNames.forEach(other -> variants(other, names));
        Set<String> formers = new LinkedHashSet<>();
        formerNames.forEach(other -> variants(other, formers));
        names.forEach(name -> alias(m, name));
        formers.forEach(name -> {
            put(former, m.countryCode(), PlaceNames.key(name), m);
            put(former, m.countryCode(), baseKey(name), m);
        });
        identified(m);
        successors.add(m);
        if (Successors.cityState(m) && m.subdivision() != null) {
            cityStates.put(m.subdivision(), m);
        }
    }

    /** The places of official lists by position, for places that lists name but official lists no longer have. */
    Successors successors() {
        return successors;
    }

    /** Records a name under which a place can also be found, such as an English exonym. */
    void alias(Place m, String name) {
        put(exact, m.countryCode(), SearchKeys.of(name), m);
        String coreKey = PlaceNames.key(name);
        if (coreKey.length() >= PlaceNames.NEAR_MIN_LENGTH && lookup(core, m.countryCode(), coreKey).isEmpty()) {
            coreKeys.computeIfAbsent(m.countryCode(), c -> new HashMap<>())
                    .computeIfAbsent(coreKey.length(), length -> new ArrayList<>()).add(coreKey);
        }
        put(core, m.countryCode(), coreKey, m);
        put(base, m.countryCode(), baseKey(name), m);
        String[] hyphenated = unqualified(name).split("-");
        if (hyphenated.length > 1) {
            for (String part : hyphenated) {
                put(parts, m.countryCode(), PlaceNames.key(part), m);
            }
        }
    }

    /** Records the place's Wikidata id and official code, once it has them. */
    void identified(Place m) {
        if (m.wikidataId() != null) {
            byQid.putIfAbsent(m.wikidataId(), m);
        }
        if (m.officialCode() != null) {
            byOfficialCode.putIfAbsent(m.countryCode() + ":" + m.officialCode(), m);
        }
    }

    Place byQid(String qid) {
        return byQid.get(qid);
    }

    Place byOfficialCode(String country, String code) {
        return byOfficialCode.get(country + ":" + code);
    }

    /**
     * The place of that name in that country: among exact matches, else among places whose name
     * without kind words, else also without qualifiers, matches, the one nearest to the position
     * (within {@link #SAME_PLACE_KM}); without a position, only an unambiguous match.
     */
    Place find(String country, String name, Double latitude, Double longitude) {
        String expanded = expand(name);
        Place found = choose(lookup(exact, country, SearchKeys.of(expanded)), latitude, longitude);
        if (found == null) {
            PlaceNames.Core named = PlaceNames.core(expanded);
            found = choose(eligible(lookup(core, country, named.key()), named.kind()), latitude, longitude);
        }
        if (found == null) {
            String unqualified = unqualified(expanded);
            found = choose(eligible(lookup(base, country, PlaceNames.key(unqualified)),
                    PlaceNames.core(unqualified).kind()), latitude, longitude);
        }
        if (found == null) {
            found = choose(lookup(former, country, PlaceNames.key(expanded)), latitude, longitude);
        }
        if (found == null) {
            found = choose(lookup(former, country, baseKey(expanded)), latitude, longitude);
        }
        return found;
    }

    /** The former name of the place that {@code name} is, or null: Kreuzberg for Friedrichshain-Kreuzberg. */
    static MunicipalityName formerName(Municipality m, String name) {
        String key = PlaceNames.key(expand(name));
        if (key.equals(PlaceNames.key(m.name))) {
            return null;
        }
        return m.otherNames.stream().filter(n -> n.kind == MunicipalityName.Kind.FORMER)
                .filter(n -> key.equals(PlaceNames.key(n.name)) || baseKey(name).equals(baseKey(n.name)))
                .findFirst().orElse(null);
    }

    /**
     * The place nearby whose hyphenated name has this name as one part: towns that merged keep their
     * partnerships under the joint name (Wolfen in Bitterfeld-Wolfen, Worbis in Leinefelde-Worbis).
     * Only with a position, and only within {@link #SAME_PLACE_KM}.
     */
    Place findAsPart(String country, String name, Double latitude, Double longitude) {
        if (latitude == null || name.contains("-")) {
            return null;
        }
        List<Place> candidates = lookup(parts, country, PlaceNames.key(unqualified(expand(name))));
        return choose(candidates.stream().filter(Place::hasCoordinates).toList(), latitude, longitude);
    }

    /**
     * Why a person should look at a place this list makes anew, or null: a place of the same name
     * lies too far away, several do and the list gives no position, or one is a slip away in name.
     */
    String nearMiss(String country, String name, Double latitude, Double longitude) {
        String expanded = expand(name);
        String coreKey = PlaceNames.key(expanded);
        List<Place> sameName = new ArrayList<>(lookup(core, country, coreKey));
        lookup(base, country, PlaceNames.key(unqualified(expanded))).stream()
                .filter(m -> !sameName.contains(m)).forEach(sameName::add);
        if (!sameName.isEmpty()) {
            Place other = sameName.get(0);
            Municipality.Kind named = PlaceNames.core(expanded).kind();
            if (eligible(List.of(other), named).isEmpty()) {
                return "its name is that of the municipality " + shown(other) + ", but it names a "
                        + named.name().toLowerCase(java.util.Locale.ROOT);
            }
            if (latitude != null && other.hasCoordinates()) {
                return "a place of the same name, " + shown(other) + ", lies " + Math.round(
                        Geo.distanceKm(latitude, longitude, other.latitude(), other.longitude())) + " km away";
            }
            return sameName.size() + " places have that name, among them " + shown(other)
                    + ", and the list gives no position to choose";
        }
        Map<Integer, List<String>> byLength = coreKeys.getOrDefault(country, Map.of());
        for (int length = coreKey.length() - 1; length <= coreKey.length() + 1; length++) {
            for (String key : byLength.getOrDefault(length, List.of())) {
                if (PlaceNames.near(coreKey, key)) {
                    return "its name is a slip away from " + shown(lookup(core, country, key).get(0));
                }
            }
        }
        return null;
    }

    private static String shown(Place m) {
        return m.name() + " (" + m.countryCode() + ", " + m.id() + ")";
    }

    /**
     * A name that says it is a district or region is not an official list's municipality of that
     * name: "Landkreis Kassel" is not Kassel.
     */
    private static List<Place> eligible(List<Place> candidates, Municipality.Kind named) {
        if (named == null) {
            return candidates;
        }
        return candidates.stream().filter(m -> m.officialCode() == null
                || (m.kind() != Municipality.Kind.MUNICIPALITY && m.kind() != Municipality.Kind.CITY)).toList();
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

    private Place choose(List<Place> candidates, Double latitude, Double longitude) {
        if (candidates.isEmpty()) {
            return null;
        }
        if (latitude == null) {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
        Place best = null;
        double bestKm = Double.MAX_VALUE;
        for (Place m : candidates) {
            Place located = located(m);
            double km = located != null
                    ? Geo.distanceKm(latitude, longitude, located.latitude(), located.longitude())
                    : (candidates.size() == 1 ? 0 : Double.MAX_VALUE);
            if (km < bestKm) {
                best = m;
                bestKm = km;
            }
        }
        return bestKm <= SAME_PLACE_KM ? best : null;
    }

    /** The place, if it has a position; else the city-state it lies in, if that has one; else null. */
    private Place located(Place m) {
        if (m.hasCoordinates()) {
            return m;
        }
        Place cityState = "DE".equals(m.countryCode()) && m.officialCode() == null && m.subdivision() != null
                ? cityStates.get(m.subdivision()) : null;
        return cityState != null && cityState.hasCoordinates() ? cityState : null;
    }

    private static String unqualified(String name) {
        String stripped = COMMA_REGION.matcher(PARENTHETICAL.matcher(name).replaceAll("")).replaceFirst("");
        return QUALIFIER.matcher(stripped).replaceFirst("");
    }

    static String baseKey(String name) {
        return PlaceNames.key(unqualified(name));
    }

    private static void put(Map<String, Map<String, List<Place>>> index, String country, String key,
                            Place m) {
        if (key.isEmpty()) {
            return;
        }
        List<Place> list = index.computeIfAbsent(country, c -> new HashMap<>())
                .computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(m)) {
            list.add(m);
        }
    }

    private static List<Place> lookup(Map<String, Map<String, List<Place>>> index, String country,
                                             String key) {
        return index.getOrDefault(country, Map.of()).getOrDefault(key, List.of());
    }
}
