package org.twintowns.news.item.mapping;

import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.rest.NewsItemRequest;
import org.twintowns.news.item.rest.NewsItemView;

/** Converts between the API records and the entity; the only place that knows both. */
public final class NewsItemMapper {

    private NewsItemMapper() {
    }

    public static NewsItemView toView(NewsItem n) {
        return new NewsItemView(n.id, n.slug, n.headline, n.lead, n.body, n.language, n.status, n.publishedAt,
                n.createdAt, n.updatedAt);
    }

    public static NewsItem toEntity(NewsItemRequest request, String slug, NewsItem.Status status) {
        NewsItem n = new NewsItem();
        n.slug = slug;
        n.headline = request.headline().strip();
        n.lead = request.lead() == null || request.lead().isBlank() ? null : request.lead().strip();
        n.body = request.body();
        n.language = request.language();
        n.status = status;
        return n;
    }
}
