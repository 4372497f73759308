package org.twintowns.partnerships.importing.twinning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.partnership.Partnership;

/**
 * Reads the values of a twinning list's cells. Each reader answers the value or refuses it with
 * an {@link IllegalArgumentException} whose message becomes the row's reason, so that one bad cell
 * fails its row and no other.
 */
final class TwinningValues {

    /** A founding date, and whether the list gave only its year. */
    record Start(LocalDate date, boolean yearOnly) {
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    /** A QID alone or at the end of a Wikidata URL ({@code http://www.wikidata.org/entity/Q64}) or prefixed name. */
    private static final Pattern QID = Pattern.compile("(?i)(?:.*[/:])?(Q[1-9][0-9]{0,11})");
    private static final Pattern AGS = Pattern.compile("\\d{8}");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** The words lists use for the partnership types, in English and German, besides the type names. */
    private static final Map<String, Partnership.Type> TYPE_WORDS = Map.ofEntries(
            Map.entry("partnership", Partnership.Type.TWINNING), Map.entry("twin town", Partnership.Type.TWINNING),
            Map.entry("sister city", Partnership.Type.TWINNING), Map.entry("jumelage", Partnership.Type.TWINNING),
            Map.entry("partnerschaft", Partnership.Type.TWINNING),
            Map.entry("städtepartnerschaft", Partnership.Type.TWINNING),
            Map.entry("friendship", Partnership.Type.FRIENDSHIP), Map.entry("freundschaft", Partnership.Type.FRIENDSHIP),
            Map.entry("städtefreundschaft", Partnership.Type.FRIENDSHIP),
            Map.entry("solidaritätspartnerschaft", Partnership.Type.SOLIDARITY),
            Map.entry("projektpartnerschaft", Partnership.Type.PROJECT),
            Map.entry("kooperation", Partnership.Type.COOPERATION),
            Map.entry("städtekooperation", Partnership.Type.COOPERATION), Map.entry("kontakt", Partnership.Type.CONTACT));

    private TwinningValues() {
    }

    /** The country's code; {@code side} names the side in the refusal ("origin", "partner"). */
    static String country(String value, String side) {
        return CountryNames.code(value).orElseThrow(
                () -> new IllegalArgumentException("unknown " + side + " country '" + value + "'"));
    }

    static Partnership.Type type(String value) {
        if (value.isEmpty()) {
            return Partnership.Type.TWINNING;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        for (Partnership.Type type : Partnership.Type.values()) {
            if (type.name().equalsIgnoreCase(word)) {
                return type;
            }
        }
        Partnership.Type type = TYPE_WORDS.get(word);
        if (type == null) {
            throw new IllegalArgumentException("type '" + value + "' is none of " + java.util.Arrays.toString(
                    Partnership.Type.values()) + " (or Partnerschaft, Freundschaft, sister city, ...)");
        }
        return type;
    }

    static Municipality.Kind kind(String value) {
        try {
            return Municipality.Kind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + value + "' is none of "
                    + java.util.Arrays.toString(Municipality.Kind.values()));
        }
    }

    /** A year (1990), an ISO date (1990-05-01) or a German one (1.5.1990); never in the future. */
    static Start start(String value, String key) {
        Start start;
        try {
            if (YEAR.matcher(value).matches()) {
                start = new Start(LocalDate.of(Integer.parseInt(value), 1, 1), true);
            } else if (value.contains(".")) {
                start = new Start(LocalDate.parse(value, GERMAN_DATE), false);
            } else {
                start = new Start(LocalDate.parse(value), false);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a year or a date (1990, 1990-05-01, "
                    + "1.5.1990)");
        }
        if (start.date().isAfter(LocalDate.now()) || start.date().getYear() < 800) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a past date");
        }
        return start;
    }

    /** A Wikidata item id, from {@code Q64}, {@code wd:Q64} or the item's URL. */
    static String qid(String value, String key) {
        Matcher matcher = QID.matcher(value.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a Wikidata id such as Q3150");
        }
        return matcher.group(1).toUpperCase(Locale.ROOT);
    }

    /** The German official municipality key: eight digits, spaces allowed between them. */
    static String ags(String value, String key) {
        String digits = value.replace(" ", "");
        if (!AGS.matcher(digits).matches()) {
            throw new IllegalArgumentException(key + " '" + value + "' is not an AGS of eight digits");
        }
        return digits;
    }

    static Double degrees(String value, String key, double limit) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            double degrees = Double.parseDouble(value);
            if (Math.abs(degrees) > limit || Double.isNaN(degrees)) {
                throw new IllegalArgumentException(key + " " + value + " is out of range");
            }
            return degrees;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a number");
        }
    }

    /** A count of inhabitants; Wikidata's sometimes carry a fraction ("12345.0"), implausible ones are dropped. */
    static Integer population(String value, String key) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            long count = Math.round(Double.parseDouble(value));
            return count < 0 || count > 100_000_000 ? null : (int) count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a number");
        }
    }

    static Short year(String value, String key) {
        if (!YEAR.matcher(value).matches() || Integer.parseInt(value) < 1800 || Integer.parseInt(value) > 2200) {
            throw new IllegalArgumentException(key + " '" + value + "' is not a year between 1800 and 2200");
        }
        return Short.valueOf(value);
    }

    static String url(String value, String key) {
        if (!URL.matcher(value).matches() || value.length() > 500) {
            throw new IllegalArgumentException(key + " '" + value + "' is not an http(s) URL");
        }
        return value;
    }

    /** Checks a value the mapping fixes for every row, so that a bad one is refused before the import begins. */
    static void checkFixed(String key, String value) {
        String field = key.substring(key.indexOf('.') + 1);
        try {
            switch (key.startsWith("a.") || key.startsWith("b.") ? field : key) {
                case "name", "source.name" -> {
                    if (value.isEmpty() || value.length() > 200) {
                        throw new IllegalArgumentException(key + " must have 1 to 200 characters");
                    }
                }
                case "country" -> country(value, key.startsWith("a.") ? "origin" : "partner");
                case "kind" -> kind(value);
                case "type" -> type(value);
                case "start", "verified" -> start(value, key);
                case "qid" -> qid(value, key);
                case "ags" -> ags(value, key);
                case "lat" -> degrees(value, key, 90);
                case "lon" -> degrees(value, key, 180);
                case "population" -> population(value, key);
                case "population.year" -> year(value, key);
                case "source.url" -> url(value, key);
                default -> throw new IllegalStateException("a key without a reader: " + key);
            }
        } catch (IllegalArgumentException e) {
            throw TwinningMapping.invalid(key + ": " + e.getMessage());
        }
    }
}
