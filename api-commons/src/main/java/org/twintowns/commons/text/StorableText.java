package org.twintowns.commons.text;

/**
 * Text the platform can store: no NUL character (PostgreSQL refuses it in text and jsonb) and no
 * unpaired UTF-16 surrogate (half a character, which no encoding can write). Every text input is
 * checked against this before anything uses it.
 */
public final class StorableText {

    /** What a field error says about text that is not storable. */
    public static final String REFUSAL = "contains a NUL character or an unpaired surrogate, which no text here may hold";

    private StorableText() {
    }

    /** True when the text holds neither NUL nor an unpaired surrogate; null counts as storable. */
    public static boolean isStorable(CharSequence text) {
        return text == null || firstUnstorable(text) < 0;
    }

    /** The text with every NUL and unpaired surrogate replaced by U+FFFD, for echoing input back safely. */
    public static String repaired(String text) {
        if (text == null || firstUnstorable(text) < 0) {
            return text;
        }
        StringBuilder repaired = new StringBuilder(text.length());
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                repaired.append(c).append(text.charAt(++i));
            } else {
                repaired.append(c == '\0' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return repaired.toString();
    }

    /** The index of the first NUL or unpaired surrogate, or -1. */
    public static int firstUnstorable(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isLowSurrogate(c)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }
}
