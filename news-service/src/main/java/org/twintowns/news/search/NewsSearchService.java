package org.twintowns.news.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.Paging;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.repository.NewsFilter;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.news.text.BodyHtml;

/** Ranked full-text search over public news items, with safe highlighted snippets. */
@ApplicationScoped
public class NewsSearchService {

    @Inject
    NewsSearchRepository search;

    @Inject
    NewsItemRepository items;

    @Inject
    NewsSearchConfig config;

    public NewsSearchResults search(String text, NewsFilter filter, Paging paging) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ProblemException.invalidField("to", "must be later than from");
        }
        NewsSearchRepository.Ranked ranked = search.search(text.strip(), filter, paging.page, paging.size,
                config.candidates(), config.fewMatches());
        Map<UUID, NewsItem> byId = items.load(ranked.hits().stream().map(NewsSearchRepository.Hit::id).toList())
                .stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
        List<NewsSearchHit> hits = new ArrayList<>();
        for (NewsSearchRepository.Hit hit : ranked.hits()) {
            NewsItem n = byId.get(hit.id());
            String[] highlight = ranked.highlights().getOrDefault(hit.id(), new String[] {n.headline, ""});
            hits.add(new NewsSearchHit(n.id, n.slug, n.headline, safe(highlight[0]), n.lead, safe(highlight[1]),
                    n.language, n.publishedAt, n.issuerMunicipalityId, n.issuerName, List.of(n.topics), hit.rank()));
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
