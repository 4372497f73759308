package org.twintowns.news.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tuning of the full-text search. */
@ConfigMapping(prefix = "news.search")
public interface NewsSearchConfig {

    /**
     * How many of the newest matches are ranked by relevance. Ranking reads every candidate, so
     * this bounds the cost of a query that matches much of the archive; older matches stay
     * reachable with a date filter.
     */
    @WithDefault("1000")
    int candidates();

    /**
     * When the newest weeks had so few matches that the older ones, at the same rate, would have at
     * most this many, all older weeks are searched in one look into the index and every match there
     * is read; otherwise they are searched period by period until enough are found (see
     * NewsSearchRepository). Reading a match costs about as much as a look into one period's part of
     * the index costs per few hundred items.
     */
    @WithDefault("2000")
    int fewMatches();
}
