package org.twintowns.commons.paging;

/**
 * How many items a list matches: exact, or the database planner's estimate when counting them all would
 * cost more than reading the page (see {@link Totals}).
 *
 * @param items     the number of matching items, at least this many when estimated
 * @param estimated true when {@code items} is the planner's estimate
 */
public record Total(long items, boolean estimated) {

    public static Total exact(long items) {
        return new Total(items, false);
    }
}
