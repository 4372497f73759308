package org.twintowns.partnerships.municipality;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.twintowns.commons.validation.CountryCodes;

/**
 * The countries the registry knows: the codes every service accepts (api-commons {@link CountryCodes}),
 * and English names as data sources spell them.
 */
public final class Countries {

    private static final Map<String, String> BY_ENGLISH_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            BY_ENGLISH_NAME.put(normalise(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        // Names Wikidata uses that differ from the JDK's English names.
        Map.ofEntries(
                Map.entry("Bosnia and Herzegovina", "BA"), Map.entry("Czech Republic", "CZ"),
                Map.entry("Ivory Coast", "CI"), Map.entry("Kosovo", "XK"), Map.entry("Palestine", "PS"),
                Map.entry("State of Palestine", "PS"), Map.entry("People's Republic of China", "CN"),
                Map.entry("Republic of Macedonia", "MK"), Map.entry("Republic of the Congo", "CG"),
                Map.entry("Democratic Republic of the Congo", "CD"), Map.entry("Swaziland", "SZ"),
                Map.entry("United States of America", "US"), Map.entry("Kingdom of the Netherlands", "NL"),
                Map.entry("Kingdom of Denmark", "DK"), Map.entry("Republic of Ireland", "IE"),
                Map.entry("East Timor", "TL"), Map.entry("The Gambia", "GM"), Map.entry("The Bahamas", "BS"),
                Map.entry("Federated States of Micronesia", "FM"), Map.entry("Vatican City", "VA"),
                Map.entry("Cape Verde", "CV"), Map.entry("South Korea", "KR"), Map.entry("North Korea", "KP"),
                Map.entry("Russia", "RU"), Map.entry("Vietnam", "VN"), Map.entry("Taiwan", "TW"),
                Map.entry("Turkey", "TR"), Map.entry("Syria", "SY"), Map.entry("Laos", "LA"))
                .forEach((name, code) -> BY_ENGLISH_NAME.put(normalise(name), code));
    }

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return CountryCodes.isKnown(code);
    }

    /** The code of a country named in English, such as "Czech Republic" or "Czechia". */
    public static Optional<String> byEnglishName(String name) {
        return Optional.ofNullable(name == null ? null : BY_ENGLISH_NAME.get(normalise(name)));
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
