package org.twintowns.news.item.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.news.item.NewsItem;

/**
 * Queries over news items. The public queries only ever see published items: a draft must stay
 * invisible whatever filter or id a client tries.
 */
@ApplicationScoped
public class NewsItemRepository implements PanacheRepositoryBase<NewsItem, UUID> {

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** The item with this id if it is published; empty for unknown ids and unpublished items alike. */
    public Optional<NewsItem> findPublished(UUID id) {
        return find("id = :id and status = :status",
                Parameters.with("id", id).and("status", NewsItem.Status.PUBLISHED))
                .firstResultOptional();
    }

    /** One page of published items matching the filter, and the number of all that match. */
    public Slice searchPublished(NewsItemFilter filter, Sort sort, int pageIndex, int pageSize) {
        List<String> where = new ArrayList<>();
        Parameters params = Parameters.with("status", NewsItem.Status.PUBLISHED);
        where.add("status = :status");
        if (filter.language() != null) {
            where.add("language = :language");
            params.and("language", filter.language());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("lower(headline) like :q escape '\\'");
            params.and("q", "%" + escapeLike(filter.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.from() != null) {
            where.add("publishedAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("publishedAt < :to");
            params.and("to", filter.to());
        }
        String query = String.join(" and ", where);
        var panacheQuery = find(query, sort, params).page(Page.of(pageIndex, pageSize));
        return new Slice(panacheQuery.list(), panacheQuery.count());
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The filters a client can combine when listing news; null means "any". {@code from} is
     * inclusive and {@code to} exclusive, both on the publication time.
     */
    public record NewsItemFilter(String language, String q, OffsetDateTime from, OffsetDateTime to) {
    }

    /** A page of results with the total count. */
    public record Slice(List<NewsItem> items, long total) {
    }
}
