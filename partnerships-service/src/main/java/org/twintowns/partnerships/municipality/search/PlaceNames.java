package org.twintowns.partnerships.municipality.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.twintowns.partnerships.municipality.Municipality;

/**
 * The part of a place name that names the place, folded for comparison: lists name one place as
 * "Västerås", "Västerås Municipality" or "Västerås kommun", as "Pesaro and Urbino" or "Provincia di
 * Pesaro e Urbino". The words that say what kind of unit a place is ("Municipality of", "Stadt",
 * "Gmina", "kommun", "Provincia di") are dropped from the start and the end of the name, and the
 * words that join two names ("and", "e", "und", "et", "y", "i") from its middle; "Sankt" and "Saint"
 * are read as their abbreviation "St"; the rest is folded by {@link SearchKeys}.
 *
 * <p>Where the words come from: the names of the local and regional units of government in the
 * countries' own languages (as Wikipedia's "List of terms for administrative divisions" gathers
 * them: Gemeinde, Landkreis, comune, provincia, gmina, powiat, obec, okres, kommun, megye, județ,
 * občina, ...), the German designations of the Destatis Gemeindeverzeichnis (Hansestadt,
 * Lutherstadt, Markt, ...), and the English words Wikidata's labels use; those were checked against
 * the most frequent first and last words of the 12,000 place labels of
 * {@code data/wikidata-sistercities-europe-2017.tsv} ("Municipality" ends 281 of them, "Gmina"
 * begins 73, "London Borough of" 16).
 */
public final class PlaceNames {

    /** The shortest key {@link #near} compares: shorter names are one letter from too many others. */
    public static final int NEAR_MIN_LENGTH = 5;

    /** A name's folded core, and the kind of unit its dropped words named, if they named a regional one. */
    public record Core(String key, Municipality.Kind kind) {
    }

    /** Words for the level of a municipality or town: dropping them leaves the municipality's name. */
    private static final List<String> LOCAL = List.of(
            // English, as Wikidata labels and English lists write them
            "municipality", "city", "town", "borough", "london borough", "royal borough", "metropolitan borough",
            "county borough", "township", "village", "parish", "commune", "rural municipality",
            "urban municipality", "city municipality", "district municipality", "municipal district",
            "city and county", "city council", "borough council", "town council", "council", "urban hromada",
            "rural hromada", "settlement hromada", "hromada",
            // German, with the designations of the Gemeindeverzeichnis
            "stadt", "gemeinde", "markt", "marktgemeinde", "stadtgemeinde", "ortsgemeinde", "samtgemeinde",
            "verbandsgemeinde", "hansestadt", "lutherstadt", "universitatsstadt", "landeshauptstadt",
            "kreisstadt", "grosse kreisstadt", "kreisfreie stadt", "flecken", "marktflecken", "kurort", "luftkurort",
            "heilbad", "seebad", "ostseebad", "nordseebad", "ostseeheilbad",
            // Romance languages
            "comune", "citta", "ville", "commune", "municipio", "ayuntamiento", "ciudad", "concello",
            "ajuntament", "concelho", "cidade", "municipiul", "comuna", "oras",
            // Dutch, Scandinavian, Finnish, Baltic
            "gemeente", "stad", "kommune", "kommun", "kaupunki", "kunta", "vald", "linn", "pilseta",
            "savivaldybe", "miesto savivaldybe", "rajono savivaldybe",
            // Slavic and Hungarian
            "gmina", "miasto", "miasto i gmina", "gmina miejska", "gmina wiejska", "mesto", "statutarni mesto",
            "obec", "mestys", "obcina", "mestna obcina", "opcina", "opstina", "grad", "obshtina", "varos",
            "kozseg", "misto",
            // Greek and Turkish
            "dimos", "belediyesi");

    /** Words for a county, district, province or region: a unit above the municipality of the same name. */
    private static final Map<String, Municipality.Kind> REGIONAL = regional();

    /** Words that tie a kind word to the name: "Municipality of", "Provincia di", "Ville de". */
    private static final List<String> CONNECTORS = List.of("of", "of the", "di", "de", "du", "des", "de la",
            "del", "della", "dei", "da", "do", "d", "van", "von");

    /** Words that join two names into one: "Pesaro and Urbino", "Pesaro e Urbino", "Castilla y León". */
    private static final Set<String> JOINERS = folded(Stream.of("and", "e", "et", "und", "y", "i", "en", "og",
            "och", "a", "es", "ve", "si", "ja"));

    /**
     * Kind words that begin a name only with a connector ("City of", "Ville de"): without one they are
     * part of the name ("Ciudad Real", "Town Yetholm"), as they are at its end, "city" aside.
     */
    private static final Set<String> ONLY_WITH_CONNECTOR = folded(Stream.of("city", "town", "village", "ville",
            "citta", "cidade", "ciudad", "city and county"));

    /** Words for "saint" that lists abbreviate ("St. Ingbert" is Sankt Ingbert), all read as "st". */
    private static final Set<String> SAINT = folded(Stream.of("sankt", "saint", "sint", "st"));
    private static final String ST = SearchKeys.of("st");

    /** Names that are places of their own although they begin with a kind word. */
    private static final Set<String> KEPT_WHOLE = folded(Stream.of("City of London", "City of Westminster"));

    /**
     * Kind phrases as folded token lists, by their first (prefixes) or last (suffixes) token, longest
     * first, so that "London Borough of" wins over "London".
     */
    private static final Map<String, List<Phrase>> PREFIXES = new HashMap<>();
    private static final Map<String, List<Phrase>> SUFFIXES = new HashMap<>();

    private record Phrase(List<String> tokens, Municipality.Kind kind) {
    }

    static {
        Map<String, Municipality.Kind> kinds = new HashMap<>();
        LOCAL.forEach(word -> kinds.put(word, null));
        kinds.putAll(REGIONAL);
        kinds.forEach((word, kind) -> {
            List<String> tokens = tokens(SearchKeys.of(word));
            String folded = String.join(" ", tokens);
            if (!ONLY_WITH_CONNECTOR.contains(folded)) {
                add(PREFIXES, tokens.get(0), new Phrase(tokens, kind));
            }
            // "Mexico City" is Mexico's capital, but "Cape Town" is not Cape.
            if (!ONLY_WITH_CONNECTOR.contains(folded) || folded.equals(SearchKeys.of("city"))) {
                add(SUFFIXES, tokens.get(tokens.size() - 1), new Phrase(tokens, kind));
            }
            for (String connector : CONNECTORS) {
                add(PREFIXES, tokens.get(0), new Phrase(concat(tokens, tokens(SearchKeys.of(connector))), kind));
            }
        });
        Comparator<Phrase> longestFirst = Comparator.comparingInt((Phrase p) -> p.tokens().size()).reversed();
        PREFIXES.values().forEach(phrases -> phrases.sort(longestFirst));
        SUFFIXES.values().forEach(phrases -> phrases.sort(longestFirst));
    }

    private PlaceNames() {
    }

    /** The folded name without kind words and joining words; never empty for a name that has letters. */
    public static Core core(String name) {
        String folded = SearchKeys.of(name);
        if (KEPT_WHOLE.contains(folded)) {
            return new Core(folded, null);
        }
        List<String> tokens = new ArrayList<>(tokens(folded));
        Municipality.Kind kind = null;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (Phrase prefix : phrases(PREFIXES, tokens, 0)) {
                if (startsWith(tokens, prefix.tokens())) {
                    tokens.subList(0, prefix.tokens().size()).clear();
                    kind = kind != null ? kind : prefix.kind();
                    stripped = true;
                    break;
                }
            }
            for (Phrase suffix : phrases(SUFFIXES, tokens, tokens.size() - 1)) {
                if (endsWith(tokens, suffix.tokens())) {
                    tokens.subList(tokens.size() - suffix.tokens().size(), tokens.size()).clear();
                    kind = kind != null ? kind : suffix.kind();
                    stripped = true;
                    break;
                }
            }
        }
        List<String> kept = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            boolean inner = i > 0 && i < tokens.size() - 1;
            String token = tokens.get(i);
            if (!(inner && JOINERS.contains(token))) {
                kept.add(SAINT.contains(token) && i < tokens.size() - 1 ? ST : token);
            }
        }
        return new Core(String.join(" ", kept), kind);
    }

    /** {@link #core}'s key alone. */
    public static String key(String name) {
        return core(name).key();
    }

    /**
     * Whether two different folded keys are one slip apart: a letter added, dropped or changed, or
     * two neighbours swapped. Short names (under five letters) are too often one letter from another
     * place to say so.
     */
    public static boolean near(String a, String b) {
        return Math.min(a.length(), b.length()) >= NEAR_MIN_LENGTH && oneSlip(a, b);
    }

    /**
     * Whether the optimal string alignment distance (Levenshtein plus swaps of neighbours) of {@code a} and
     * {@code b} is exactly one, in one pass and without allocating: an import asks it of every known name of
     * about the same length for each place it makes anew ({@code PlaceIndex.nearMiss}).
     */
    static boolean oneSlip(String a, String b) {
        if (a.length() < b.length()) {
            return oneSlip(b, a);
        }
        int longer = a.length();
        int shorter = b.length();
        if (longer - shorter > 1) {
            return false;
        }
        int p = 0;
        while (p < shorter && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        if (longer != shorter) {
            // A letter dropped: where the two first differ, or at the end (any letter of a run of the same
            // letter dropped gives the same word).
            return a.regionMatches(p + 1, b, p, shorter - p);
        }
        if (p == longer) {
            return false;
        }
        return a.regionMatches(p + 1, b, p + 1, longer - p - 1)
                || p + 1 < longer && a.charAt(p) == b.charAt(p + 1) && a.charAt(p + 1) == b.charAt(p)
                        && a.regionMatches(p + 2, b, p + 2, longer - p - 2);
    }

    private static Map<String, Municipality.Kind> regional() {
        Map<String, Municipality.Kind> words = new HashMap<>();
        Stream.of("county", "district", "landkreis", "kreis", "bezirk", "powiat", "okres", "raion", "rayon",
                        "megye", "judetul", "judet", "department", "departement", "arrondissement", "canton",
                        "comarca", "zupanija", "novads", "maakond")
                .forEach(w -> words.put(w, Municipality.Kind.DISTRICT));
        Stream.of("province", "provincia", "provincie", "region", "regione", "kraj", "voivodeship",
                        "wojewodztwo", "oblast", "citta metropolitana", "metropolitan city",
                        "autonomous community", "comunidad", "comunidad autonoma")
                .forEach(w -> words.put(w, Municipality.Kind.REGION));
        return words;
    }

    private static Set<String> folded(Stream<String> words) {
        Set<String> keys = new HashSet<>();
        words.map(SearchKeys::of).forEach(keys::add);
        return keys;
    }

    private static List<String> tokens(String folded) {
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    private static List<Phrase> phrases(Map<String, List<Phrase>> phrases, List<String> tokens, int at) {
        return tokens.isEmpty() ? List.of() : phrases.getOrDefault(tokens.get(at), List.of());
    }

    private static void add(Map<String, List<Phrase>> phrases, String token, Phrase phrase) {
        phrases.computeIfAbsent(token, t -> new ArrayList<>()).add(phrase);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /** A kind phrase is dropped only where a name remains. */
    private static boolean startsWith(List<String> tokens, List<String> phrase) {
        return tokens.size() > phrase.size() && tokens.subList(0, phrase.size()).equals(phrase);
    }

    private static boolean endsWith(List<String> tokens, List<String> phrase) {
        return tokens.size() > phrase.size()
                && tokens.subList(tokens.size() - phrase.size(), tokens.size()).equals(phrase);
    }
}
