package org.twintowns.partnerships.importing.twinning;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.twintowns.partnerships.municipality.Countries;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/**
 * The ISO 3166-1 alpha-2 code of a country as twinning lists write it: a code ("DE", "uk"), an
 * English or German name ("Czech Republic", "Tschechien"), a part of the United Kingdom
 * ("Wales"), a place or region before the country ("Ohio, United States") or a Wikidata
 * disambiguation ("Georgia (country)").
 */
final class CountryNames {

    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\(.*?\\)");

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            BY_NAME.put(fold(country.getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(fold(country.getDisplayCountry(Locale.GERMAN)), code);
        }
        Map.ofEntries(
                // Codes that lists use besides ISO's: the EU writes EL and UK.
                Map.entry("UK", "GB"), Map.entry("EL", "GR"),
                Map.entry("England", "GB"), Map.entry("Wales", "GB"), Map.entry("Scotland", "GB"),
                Map.entry("Northern Ireland", "GB"), Map.entry("Schottland", "GB"), Map.entry("Nordirland", "GB"),
                Map.entry("Great Britain", "GB"), Map.entry("Großbritannien", "GB"), Map.entry("Britain", "GB"),
                Map.entry("USA", "US"), Map.entry("United States", "US"), Map.entry("Vereinigte Staaten", "US"),
                Map.entry("Holland", "NL"), Map.entry("Niederlande", "NL"), Map.entry("Tschechische Republik", "CZ"),
                Map.entry("Weißrussland", "BY"), Map.entry("Moldawien", "MD"), Map.entry("Kosovo", "XK"),
                Map.entry("Palestinian territories", "PS"), Map.entry("Palestinian National Authority", "PS"),
                Map.entry("Gaza Strip", "PS"), Map.entry("Palästina", "PS"), Map.entry("Transnistria", "MD"),
                Map.entry("Somaliland", "SO"), Map.entry("Luhansk People's Republic", "UA"),
                Map.entry("Donetsk People's Republic", "UA"), Map.entry("Republic of North Macedonia", "MK"),
                Map.entry("Nordmazedonien", "MK"), Map.entry("Mazedonien", "MK"))
                .forEach((name, code) -> BY_NAME.put(fold(name), code));
    }

    private CountryNames() {
    }

    /** The code, or empty when the value names no country the registry knows. */
    static Optional<String> code(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        if (trimmed.length() == 2 && Countries.isKnown(trimmed.toUpperCase(Locale.ROOT))) {
            return Optional.of(trimmed.toUpperCase(Locale.ROOT));
        }
        Optional<String> named = Countries.byEnglishName(trimmed)
                .or(() -> Optional.ofNullable(BY_NAME.get(fold(trimmed))));
        if (named.isPresent()) {
            return named;
        }
        String withoutNote = PARENTHETICAL.matcher(trimmed).replaceAll("");
        if (!withoutNote.equals(trimmed)) {
            return code(withoutNote);
        }
        int comma = trimmed.lastIndexOf(',');
        return comma >= 0 ? code(trimmed.substring(comma + 1)) : Optional.empty();
    }

    private static String fold(String name) {
        return SearchKeys.of(name.replace("&", " and ").replace('’', '\''));
    }
}
