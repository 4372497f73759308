package org.twintowns.news.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.Paging;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.item.repository.NewsFilter;
import org.twintowns.news.text.BodyHtml;

/** Ranked full-text search over public news items, with safe highlighted snippets. */
@ApplicationScoped
public class NewsSearchService {

    @Inject
    NewsSearchRepository search;

    @Inject
    NewsSearchConfig config;

    public NewsSearchResults search(String text, NewsFilter filter, Paging paging) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ProblemException.invalidField("to", "must be later than from");
        }
        NewsSearchRepository.Ranked ranked = search.search(text.strip(), filter, paging.page, paging.size,
                config.candidates(), config.fewMatches());
        List<NewsSearchHit> hits = new ArrayList<>();
        for (NewsSearchRepository.Hit hit : ranked.hits()) {
            hits.add(new NewsSearchHit(hit.id(), hit.slug(), hit.headline(), safe(hit.highlightedHeadline()), hit.lead(),
                    safe(hit.highlightedSnippet()), hit.language(), hit.publishedAt(), hit.issuerMunicipalityId(),
                    hit.issuerName(), hit.topics(), hit.rank()));
        }
        return NewsSearchResults.of(Page.of(hits, paging, ranked.total()), ranked.moreMatches());
    }

    /** Escapes everything, then turns the highlight markers into mark elements: the only markup in a snippet. */
    static String safe(String highlighted) {
        return BodyHtml.escape(highlighted)
                .replace(NewsSearchRepository.START, "<mark>")
                .replace(NewsSearchRepository.STOP, "</mark>");
    }
}
