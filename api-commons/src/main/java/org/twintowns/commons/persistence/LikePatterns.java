package org.twintowns.commons.persistence;

/**
 * LIKE patterns from what a client typed. A client's {@code %} or {@code _} is a letter it searches
 * for, not a wildcard: each is escaped with a backslash, so the condition must say
 * {@code LIKE :parameter ESCAPE '\'} (PostgreSQL's default escape, written out for HQL's sake).
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** Matches any text that contains {@code text} literally. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }

    /** {@code text} with the LIKE wildcards and the escape character itself escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
