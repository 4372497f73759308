package org.twintowns.commons.validation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The country codes every service accepts: ISO 3166-1 alpha-2 as the JDK knows them, plus XK for Kosovo
 * (a code reserved for user assignment that the EU and most registries use).
 */
public final class CountryCodes {

    private static final Set<String> CODES = new HashSet<>(Set.of(Locale.getISOCountries()));

    static {
        CODES.add("XK");
    }

    private CountryCodes() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
