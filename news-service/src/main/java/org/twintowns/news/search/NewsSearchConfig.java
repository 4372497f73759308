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
}
