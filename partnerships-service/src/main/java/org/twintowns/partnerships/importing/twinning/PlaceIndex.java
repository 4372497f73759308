package org.twintowns.partnerships.importing.twinning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
 * <p>An import's index holds only what the rows since its last {@link #checkpoint} asked for and recorded: the
 * registry's places, and the keys they are found under, are in the tables of the import's transaction
 * ({@link RegistryPlaces}), which it asks for a chunk's keys at once ({@link #lookUp}) and for any other when it is
 * looked up, and which it writes what it recorded to at the checkpoint. An index made without them holds every
 * place it is given.
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

    /** The indexes a place is found in: each {@link Key} names one, a country and a key. */
    enum Index {
        /** Names as written (folded by {@link SearchKeys}). */
        EXACT('e'),
        /** Names without the words for their kind of unit. */
        CORE('c'),
        /** Names without kind words and without qualifiers. */
        BASE('b'),
        /** Former names, without kind words and also without qualifiers: found only where no place bears them today. */
        FORMER('f'),
        /** The parts of hyphenated names ("Bitterfeld-Wolfen"), by their core keys. */
        PART('p'),
        /** Wikidata ids, under no country. */
        WIKIDATA_ID('q'),
        /** Official codes. */
        OFFICIAL_CODE('o');

        final char code;

        Index(char code) {
            this.code = code;
        }

        static Index of(char code) {
            for (Index index : values()) {
                if (index.code == code) {
                    return index;
                }
            }
            throw new IllegalArgumentException("no index " + code);
        }
    }

    /** A key a place is found under, in a country. */
    record Key(Index kind, String country, String key) {
    }

    /** A place recorded under a key. */
    record Entry(Key key, Place place) {
    }

    /** A core key, or one of its one-letter deletions, in a country. */
    record Deletion(String country, String slip) {
    }

    /** A core key a slip from a name, the order it was first recorded in, and the first place recorded under it. */
    record Slip(String key, long order, Place place) {
    }

    /**
     * Where the registry's places are, or null when this index holds every place itself (as it does for a few
     * places in a test). With them, this index holds only what it was asked since the last {@link #checkpoint}:
     * the places found under the keys asked for, and the places and keys recorded since.
     */
    private final RegistryPlaces registry;
    /** What is known of each key asked for or recorded since the last checkpoint: the places under it, in order. */
    private final Map<Key, List<Place>> known = new LinkedHashMap<>();
    /**
     * The places and keys recorded since the last checkpoint, in order; the registry's tables have them after it.
     * Where this index holds every place itself, every place and key it was given.
     */
    private final Map<UUID, Place> added = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    /** The city-states (Berlin, Hamburg) by their subdivision, the only municipality in it. */
    private final Map<String, Place> cityStates = new HashMap<>();
    private final Successors successors;
    /** The near-miss checks made since they were last settled, in order. */
    private final List<NearMiss> unsettled = new ArrayList<>();

    /** An index that holds every place it is given itself. */
    PlaceIndex() {
        this(null);
    }

    /** An index of the places in {@code registry}'s tables, holding only those a chunk of rows asks for. */
    PlaceIndex(RegistryPlaces registry) {
        this.registry = registry;
        this.successors = registry == null ? new Successors() : new Successors(registry::nearest);
        if (registry != null) {
            registry.cityStates().forEach(this::cityState);
        }
    }

    /** Records a place under its name and its other names; {@code formerNames} are found only where no place bears them today. */
    void add(Place m, List<String> otherNames, List<String> formerNames) {
        added.put(m.id(), m);
        keysOf(m, otherNames, formerNames).forEach(key -> put(key, m));
        successors.add(m);
        cityState(m);
    }

    private void cityState(Place m) {
        if (Successors.cityState(m) && m.subdivision() != null) {
            cityStates.put(m.subdivision(), m);
        }
    }

    /**
     * The keys a place is found under: its names' and its other names' (see {@link #alias}), its former names'
     * without kind words and also without qualifiers, its Wikidata id and its official code.
     */
    static Set<Key> keysOf(Place m, List<String> otherNames, List<String> formerNames) {
        Set<String> names = new LinkedHashSet<>();
        variants(m.name(), names);
        otherNames.forEach(other -> variants(other, names));
        Set<String> formers = new LinkedHashSet<>();
        formerNames.forEach(other -> variants(other, formers));
        Set<Key> keys = new LinkedHashSet<>();
        names.forEach(name -> aliasKeys(m.countryCode(), name, keys));
        formers.forEach(name -> {
            keys.add(key(Index.FORMER, m.countryCode(), PlaceNames.key(name)));
            keys.add(key(Index.FORMER, m.countryCode(), baseKey(name)));
        });
        identityKeys(m, keys);
        keys.removeIf(key -> key.key().isEmpty());
        return keys;
    }

    private static Key key(Index kind, String country, String key) {
        return new Key(kind, country, key);
    }

    private static void aliasKeys(String country, String name, Set<Key> keys) {
        keys.add(key(Index.EXACT, country, SearchKeys.of(name)));
        keys.add(key(Index.CORE, country, PlaceNames.key(name)));
        keys.add(key(Index.BASE, country, baseKey(name)));
        String[] hyphenated = unqualified(name).split("-");
        if (hyphenated.length > 1) {
            for (String part : hyphenated) {
                keys.add(key(Index.PART, country, PlaceNames.key(part)));
            }
        }
    }

    private static void identityKeys(Place m, Set<Key> keys) {
        if (m.wikidataId() != null) {
            keys.add(key(Index.WIKIDATA_ID, "", m.wikidataId()));
        }
        if (m.officialCode() != null) {
            keys.add(key(Index.OFFICIAL_CODE, m.countryCode(), m.officialCode()));
        }
    }

    /**
     * Asks the registry at once for the keys that finding these places looks up ({@link #find},
     * {@link #findAsPart}, {@link #nearMiss}): a chunk's rows take one statement rather than one for each key.
     * A key not asked for here is asked for when it is looked up.
     */
    void lookUp(Collection<TwinningRow.Side> sides) {
        if (registry == null) {
            return;
        }
        Set<Key> keys = new LinkedHashSet<>();
        for (TwinningRow.Side side : sides) {
            if (side.qid() != null) {
                keys.add(key(Index.WIKIDATA_ID, "", side.qid()));
            }
            if (side.country() == null || side.name().isEmpty()) {
                continue;
            }
            if (side.ags() != null) {
                keys.add(key(Index.OFFICIAL_CODE, side.country(), side.ags()));
            }
            nameKeys(side.country(), side.name(), keys);
            if (side.isGerman() && Places.GERMAN_EXONYMS.containsKey(side.name())) {
                nameKeys("DE", Places.GERMAN_EXONYMS.get(side.name()), keys);
            }
        }
        keys.removeIf(key -> key.key().isEmpty() || known.containsKey(key));
        registry.find(keys).forEach(this::learn);
    }

    /** The keys {@link #find}, {@link #findAsPart} and {@link #nearMiss} look a name up under. */
    private static void nameKeys(String country, String name, Set<Key> keys) {
        String expanded = expand(name);
        String coreKey = PlaceNames.key(expanded);
        String baseKey = PlaceNames.key(unqualified(expanded));
        keys.add(key(Index.EXACT, country, SearchKeys.of(expanded)));
        keys.add(key(Index.CORE, country, coreKey));
        keys.add(key(Index.BASE, country, baseKey));
        keys.add(key(Index.FORMER, country, coreKey));
        keys.add(key(Index.FORMER, country, baseKey));
        keys.add(key(Index.PART, country, baseKey));
    }

    /** What the registry's tables have under a key, with what was recorded under it since the last checkpoint. */
    private void learn(Key key, List<Place> places) {
        List<Place> list = new ArrayList<>(places);
        entries.stream().filter(entry -> entry.key().equals(key) && !list.contains(entry.place()))
                .forEach(entry -> list.add(entry.place()));
        known.put(key, list);
    }

    /** How many places this index holds under keys, and keys recorded since the last checkpoint: what it holds grows with. */
    int held() {
        return known.values().stream().mapToInt(List::size).sum() + entries.size();
    }

    /**
     * The records of the last chunk are written to the registry's tables, and this index lets go of what it
     * held: what it holds does not grow with the registry, nor with the list.
     */
    void checkpoint() {
        settle();
        if (registry == null) {
            return;
        }
        registry.write(added.values(), entries);
        added.clear();
        entries.clear();
        known.clear();
        successors.clear();
    }

    /** The places of official lists by position, for places that lists name but official lists no longer have. */
    Successors successors() {
        return successors;
    }

    /** Records a name under which a place can also be found, such as an English exonym. */
    void alias(Place m, String name) {
        Set<Key> keys = new LinkedHashSet<>();
        aliasKeys(m.countryCode(), name, keys);
        keys.forEach(key -> put(key, m));
    }

    /** Records the place's Wikidata id and official code, once it has them. */
    void identified(Place m) {
        Set<Key> keys = new LinkedHashSet<>();
        identityKeys(m, keys);
        keys.forEach(key -> put(key, m));
    }

    Place byQid(String qid) {
        return first(lookup(key(Index.WIKIDATA_ID, "", qid)));
    }

    Place byOfficialCode(String country, String code) {
        return first(lookup(key(Index.OFFICIAL_CODE, country, code)));
    }

    private static Place first(List<Place> places) {
        return places.isEmpty() ? null : places.get(0);
    }

    /**
     * The place of that name in that country: among exact matches, else among places whose name
     * without kind words, else also without qualifiers, matches, the one nearest to the position
     * (within {@link #SAME_PLACE_KM}); without a position, only an unambiguous match.
     */
    Place find(String country, String name, Double latitude, Double longitude) {
        String expanded = expand(name);
        Place found = choose(lookup(key(Index.EXACT, country, SearchKeys.of(expanded))), latitude, longitude);
        if (found == null) {
            PlaceNames.Core named = PlaceNames.core(expanded);
            found = choose(eligible(lookup(key(Index.CORE, country, named.key())), named.kind()), latitude, longitude);
        }
        if (found == null) {
            String unqualified = unqualified(expanded);
            found = choose(eligible(lookup(key(Index.BASE, country, PlaceNames.key(unqualified))),
                    PlaceNames.core(unqualified).kind()), latitude, longitude);
        }
        if (found == null) {
            found = choose(lookup(key(Index.FORMER, country, PlaceNames.key(expanded))), latitude, longitude);
        }
        if (found == null) {
            found = choose(lookup(key(Index.FORMER, country, baseKey(expanded))), latitude, longitude);
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
        List<Place> candidates = lookup(key(Index.PART, country, PlaceNames.key(unqualified(expand(name)))));
        return choose(candidates.stream().filter(Place::hasCoordinates).toList(), latitude, longitude);
    }

    /**
     * Why a person should look at a place this list makes anew: a place of the same name lies too far away,
     * several do and the list gives no position, or one is a slip away in name. The first two are known at once;
     * the last is looked for among the places recorded before this call when the chunk's checks are
     * {@link #settle settled}, all in one statement.
     */
    NearMiss nearMiss(String country, String name, Double latitude, Double longitude) {
        String expanded = expand(name);
        String coreKey = PlaceNames.key(expanded);
        List<Place> sameName = new ArrayList<>(lookup(key(Index.CORE, country, coreKey)));
        lookup(key(Index.BASE, country, PlaceNames.key(unqualified(expanded)))).stream()
                .filter(m -> !sameName.contains(m)).forEach(sameName::add);
        if (!sameName.isEmpty()) {
            Place other = sameName.get(0);
            Municipality.Kind named = PlaceNames.core(expanded).kind();
            if (eligible(List.of(other), named).isEmpty()) {
                return NearMiss.of("its name is that of the municipality " + shown(other) + ", but it names a "
                        + named.name().toLowerCase(java.util.Locale.ROOT));
            }
            if (latitude != null && other.hasCoordinates()) {
                return NearMiss.of("a place of the same name, " + shown(other) + ", lies " + Math.round(
                        Geo.distanceKm(latitude, longitude, other.latitude(), other.longitude())) + " km away");
            }
            return NearMiss.of(sameName.size() + " places have that name, among them " + shown(other)
                    + ", and the list gives no position to choose");
        }
        if (coreKey.length() < PlaceNames.NEAR_MIN_LENGTH) {
            return NearMiss.of(null);
        }
        NearMiss check = new NearMiss(country, coreKey, entries.size());
        unsettled.add(check);
        return check;
    }

    /**
     * A near-miss check of a place made anew, and what to do with its reason once known: at once where a place
     * bears the name, else when the checks are {@link #settle settled}.
     */
    static final class NearMiss {

        private final String country;
        private final String coreKey;
        /** How many keys were recorded here when the check was made: later ones are not looked at. */
        private final int recorded;
        private boolean settled;
        private String reason;
        private Consumer<String> then;

        private NearMiss(String country, String coreKey, int recorded) {
            this.country = country;
            this.coreKey = coreKey;
            this.recorded = recorded;
        }

        private static NearMiss of(String reason) {
            NearMiss settled = new NearMiss(null, null, 0);
            settled.settled = true;
            settled.reason = reason;
            return settled;
        }

        /** Runs {@code then} with the reason, if there is one, now if it is known, else when it is. */
        void then(Consumer<String> then) {
            if (!settled) {
                this.then = then;
            } else if (reason != null) {
                then.accept(reason);
            }
        }

        /** The reason, or null: once settled. */
        String reason() {
            if (!settled) {
                throw new IllegalStateException("a near-miss check is answered when the index settles them");
            }
            return reason;
        }

        private void settle(String found) {
            settled = true;
            reason = found;
            if (then != null && found != null) {
                then.accept(found);
            }
        }
    }

    /**
     * Answers the near-miss checks made since the last time, last first (so that each adds its note where it
     * would have at once): a known core key of the country one slip away, the shortest and first recorded among
     * several. The registry's tables are asked once for every key one of the names shares or one of its one-letter
     * deletions ({@link RegistryPlaces#slips}); the keys recorded here before a check are looked at in memory.
     */
    void settle() {
        if (unsettled.isEmpty()) {
            return;
        }
        Map<Deletion, List<Slip>> fromTables = new HashMap<>();
        if (registry != null) {
            Set<Deletion> deletions = new LinkedHashSet<>();
            unsettled.forEach(check -> deletions(check.coreKey).forEach(d -> deletions.add(new Deletion(check.country, d))));
            fromTables = registry.slips(deletions);
        }
        for (int c = unsettled.size() - 1; c >= 0; c--) {
            NearMiss check = unsettled.get(c);
            List<Slip> slips = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String deletion : deletions(check.coreKey)) {
                for (Slip slip : fromTables.getOrDefault(new Deletion(check.country, deletion), List.of())) {
                    if (seen.add(slip.key())) {
                        slips.add(slip);
                    }
                }
            }
            // Keys recorded here come after all of the tables', each with the first place recorded under it here:
            // where the tables have the key too, their first place came earlier, and their answer has it if it is a slip.
            long order = Long.MAX_VALUE / 2;
            for (Entry entry : entries.subList(0, check.recorded)) {
                Key key = entry.key();
                if (key.kind() == Index.CORE && key.country().equals(check.country) && seen.add(key.key())) {
                    slips.add(new Slip(key.key(), order++, entry.place()));
                }
            }
            check.settle(slips.stream()
                    .filter(slip -> PlaceNames.near(check.coreKey, slip.key()))
                    .min(Comparator.comparingInt((Slip slip) -> slip.key().length()).thenComparingLong(Slip::order))
                    .map(slip -> "its name is a slip away from " + shown(slip.place())).orElse(null));
        }
        unsettled.clear();
    }

    /** A key and each of its one-letter deletions: two keys one slip apart share one of these. */
    private static Set<String> deletions(String coreKey) {
        Set<String> deletions = new LinkedHashSet<>();
        deletions.add(coreKey);
        for (int i = 0; i < coreKey.length(); i++) {
            deletions.add(coreKey.substring(0, i) + coreKey.substring(i + 1));
        }
        return deletions;
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

    private void put(Key key, Place m) {
        if (key.key().isEmpty()) {
            return;
        }
        entries.add(new Entry(key, m));
        List<Place> list = registry == null ? known.computeIfAbsent(key, k -> new ArrayList<>()) : known.get(key);
        if (list != null && !list.contains(m)) {
            list.add(m);
        }
    }

    /** The places under a key, in the order recorded; asked of the registry's tables if not known yet. */
    private List<Place> lookup(Key key) {
        List<Place> list = known.get(key);
        if (list != null || registry == null) {
            return list != null ? list : List.of();
        }
        learn(key, registry.find(List.of(key)).get(key));
        return known.get(key);
    }
}
