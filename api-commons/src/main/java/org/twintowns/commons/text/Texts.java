package org.twintowns.commons.text;

/** Text helpers for representations whose contracts promise a length. */
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
}
