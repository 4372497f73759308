package org.twintowns.commons.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which language a client wants multilingual fields in: the {@code lang} query parameter when
 * given, else the {@code Accept-Language} header in order of preference (RFC 9110 section 12.5.4).
 */
public final class Languages {

    private Languages() {
    }

    /** Language tags in order of preference, lower case; empty when the client expressed none. */
    public static List<String> preferred(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return List.of(lang.trim().toLowerCase(Locale.ROOT));
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            List<String> tags = new ArrayList<>();
            Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().equals("*"))
                    .sorted(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed())
                    .forEach(range -> tags.add(range.getRange().toLowerCase(Locale.ROOT)));
            return tags;
        } catch (IllegalArgumentException malformed) {
            // A malformed header expresses no usable preference.
            return List.of();
        }
    }

    /**
     * The best value of a multilingual field for the given preferences: an exact tag match, then
     * the same primary language ({@code de-AT} takes {@code de}), else empty.
     */
    public static <T> Optional<T> pick(Map<String, T> byLanguage, List<String> preferred) {
        for (String tag : preferred) {
            for (Map.Entry<String, T> e : byLanguage.entrySet()) {
                if (e.getKey().equalsIgnoreCase(tag)) {
                    return Optional.of(e.getValue());
                }
            }
            String primary = tag.split("-")[0];
            for (Map.Entry<String, T> e : byLanguage.entrySet()) {
                if (e.getKey().split("-")[0].equalsIgnoreCase(primary)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
