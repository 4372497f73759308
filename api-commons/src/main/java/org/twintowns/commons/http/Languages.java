package org.twintowns.commons.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.twintowns.commons.problem.ProblemException;

/**
 * Which language a client wants multilingual fields in: the {@code lang} query parameter when
 * given, else the {@code Accept-Language} header in order of preference (RFC 9110 section 12.5.4).
 */
public final class Languages {

    /** The longest {@code lang} accepted: a BCP 47 tag as used in practice (RFC 5646 section 4.4.1). */
    public static final int MAX_TAG_LENGTH = 35;
    /** The longest {@code Accept-Language} accepted; browsers send well under 200 characters. */
    public static final int MAX_HEADER_LENGTH = 500;

    private Languages() {
    }

    /**
     * Language tags in order of preference, lower case; empty when the client expressed none. A
     * {@code lang} or {@code Accept-Language} longer than the contracts allow is refused (400).
     */
    public static List<String> preferred(String lang, String acceptLanguage) {
        if (lang != null && lang.length() > MAX_TAG_LENGTH) {
            throw ProblemException.invalidField("lang", "must be at most " + MAX_TAG_LENGTH + " characters");
        }
        if (acceptLanguage != null && acceptLanguage.length() > MAX_HEADER_LENGTH) {
            throw ProblemException.invalidField("Accept-Language",
                    "must be at most " + MAX_HEADER_LENGTH + " characters");
        }
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
