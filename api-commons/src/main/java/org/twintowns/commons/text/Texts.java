package org.twintowns.commons.text;

import java.util.LinkedHashMap;
import java.util.Map;

/** Text helpers for representations whose contracts promise a length, and for texts kept per language. */
public final class Texts {

    private Texts() {
    }

    /** The text cut to at most max characters, an ellipsis marking the cut; never splits a surrogate pair. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Texts by language, each stripped of surrounding white space, in the order they came. */
    public static Map<String, String> stripped(Map<String, String> byLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, text) -> texts.put(language, text.strip()));
        return texts;
    }
}
