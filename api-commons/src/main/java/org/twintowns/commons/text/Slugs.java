package org.twintowns.commons.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe identifiers derived from names: "Frankfurt (Oder)" becomes "frankfurt-oder". */
public final class Slugs {

    /** What every slug on the platform looks like. */
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /**
     * The slug of a name, at most {@code maxLength} characters; empty when the name has no Latin
     * letters or digits to build one from (a Cyrillic-only name, say).
     */
    public static String of(String name, int maxLength) {
        String ascii = Normalizer.normalize(name.replace("ß", "ss").replace("ẞ", "SS"), Normalizer.Form.NFKD);
        ascii = MARKS.matcher(ascii).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = NON_ALNUM.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug;
    }
}
