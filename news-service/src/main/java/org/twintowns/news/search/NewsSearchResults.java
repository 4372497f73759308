package org.twintowns.news.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;

/** One page of search results: the list envelope, plus whether more (older) items match than were ranked. */
@Schema(name = "NewsSearchResults")
public record NewsSearchResults(
        @Schema(description = "The matches of this page, best first", maxItems = PageParams.MAX_SIZE)
        List<NewsSearchHit> items,
        @Schema(description = "Zero-based number of this page", examples = "0", minimum = "0",
                maximum = "" + PageParams.MAX_PAGE) int page,
        @Schema(description = "Requested page size", examples = "20", minimum = "1", maximum = "" + PageParams.MAX_SIZE)
        int size,
        @Schema(description = "Number of ranked matches over all pages (at most the ranking bound, 1000 by default)",
                examples = "42", minimum = "0", maximum = "" + Long.MAX_VALUE) long totalItems,
        @Schema(description = "Number of pages", examples = "3", minimum = "0", maximum = "" + Integer.MAX_VALUE)
        int totalPages,
        @Schema(description = "True when more items match than were ranked: relevance ranks the newest "
                + "matches; narrow the words or filter by date (from/to) to reach older ones", examples = "false")
        boolean moreMatches) {

    static NewsSearchResults of(Page<NewsSearchHit> page, boolean moreMatches) {
        return new NewsSearchResults(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
                moreMatches);
    }

    Page<NewsSearchHit> asPage() {
        return new Page<>(items, page, size, totalItems, totalPages, null, null, null);
    }
}
