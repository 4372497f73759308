package org.twintowns.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random tags for the names of the records a test makes, so that it finds only its own. Letters
 * only: a name search folds digits and dashes away, and a tag cut from a UUID's letters can come
 * out shorter than asked (a UUID may hold only a few of a to f).
 */
public final class NameTags {

    private NameTags() {
    }

    /** {@code length} random lower-case letters a to z. */
    public static String letters(int length) {
        StringBuilder tag = new StringBuilder(length);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < length; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }
}
