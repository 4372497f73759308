package org.twintowns.news.item.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Total;
import org.twintowns.commons.paging.Totals;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.SqlOrder;
import org.twintowns.commons.persistence.SqlTimes;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.news.item.NewsItem;

/**
 * Queries over news items. Every public query goes through {@link NewsItemWhere#VISIBLE}, so drafts,
 * embargoed and withdrawn items stay invisible whatever filter or id a client tries.
 */
@ApplicationScoped
public class NewsItemRepository implements PanacheRepositoryBase<NewsItem, UUID> {

    /** Sortable API fields to their columns. */
    public static final Map<String, String> SORTABLE = Map.of(
            "publishedAt", "n.published_at", "headline", "n.headline", "createdAt", "n.created_at",
            "updatedAt", "n.updated_at");
    public static final Sort DEFAULT_SORT = Sort.descending("n.published_at").and("n.id");

    /** The columns of a {@link NewsRow}, selected from {@code news_item n}. */
    private static final String COLUMNS = """
            n.id, n.slug, n.headline, n.lead, n.body, n.language, n.status, n.published_at, n.issuer_municipality_id,
            n.issuer_name, n.contact_name, n.contact_role, n.contact_email, n.contact_phone, n.topics,
            n.related_municipality_ids, n.related_partnership_ids, n.related_event_ids, n.created_at, n.updated_at,
            n.version""";

    @Inject
    Totals totals;

    /**
     * The news item, its row locked until the transaction ends: conditional writes (If-Match) queue up
     * here, so that each compares the version the previous one committed.
     */
    public Optional<NewsItem> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    public boolean slugTakenByOther(String slug, UUID id) {
        return count("slug = ?1 and id <> ?2", slug, id) > 0;
    }

    /** The item with this id if it is public now; empty for unknown ids and non-public items alike. */
    public Optional<NewsItem> findVisible(UUID id) {
        List<UUID> ids = JdbcRows.list(getEntityManager(),
                "SELECT n.id FROM news_item n WHERE n.id = :id AND " + NewsItemWhere.VISIBLE, Map.of("id", id),
                row -> row.getObject(1, UUID.class));
        return ids.isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    /** The first {@code limit} items matching the filter in this order, for feeds: no total. */
    public List<NewsItem> first(NewsFilter filter, Sort sort, int limit) {
        return load(ids(NewsItemWhere.of(filter), sort, 0, limit));
    }

    /**
     * The page of items a list request asks for, read as rows in one statement ({@link JdbcRows}), and the number
     * of all it matches before its offset. The reads in {@code reads} (the page's media) run after the page with
     * its ids as the parameter {@code :ids}; not at all for an empty page.
     */
    public Slice list(NewsFilter filter, Listing listing, JdbcRows.Together reads) {
        WhereClause where = listing.restrict(NewsItemWhere.of(filter), "n.updated_at", "n.id");
        List<NewsRow> page = JdbcRows.list(getEntityManager(), "SELECT " + COLUMNS + " FROM news_item n WHERE "
                + where.condition() + " ORDER BY " + SqlOrder.ofColumns(listing.sort(), SqlOrder.Nulls.LAST)
                + SqlPage.of(listing.offset(), listing.limit()), where, NewsItemRepository::row);
        // The plain public list of a large archive matches nearly all of it: counted only as far as is cheap.
        Total total = totals.of(getEntityManager(), "news_item n WHERE " + where.condition(), where, listing, page.size());
        // The reads (its media) were added by the caller; they complete nothing in the row itself.
        return new Slice(reads.completing(getEntityManager(), page, NewsRow::id, length -> UnaryOperator.identity()),
                total);
    }

    /**
     * The item with this id as a row if it is public now, read with {@code reads} (whose parameter {@code :ids} is
     * the item's id) in one statement; empty for unknown ids and non-public items alike.
     */
    public Optional<NewsRow> visibleRow(UUID id, JdbcRows.Together reads) {
        return reads.one(getEntityManager(), "SELECT " + COLUMNS + " FROM news_item n WHERE n.id = :id AND "
                + NewsItemWhere.VISIBLE, id, NewsItemRepository::row);
    }

    private static NewsRow row(ResultSet r) throws SQLException {
        return new NewsRow(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), NewsItem.Status.valueOf(r.getString(7)), SqlTimes.utc(r.getObject(8, OffsetDateTime.class)),
                r.getObject(9, UUID.class), r.getString(10), r.getString(11), r.getString(12), r.getString(13),
                r.getString(14), List.of((String[]) r.getArray(15).getArray()), List.of((UUID[]) r.getArray(16).getArray()),
                List.of((UUID[]) r.getArray(17).getArray()), List.of((UUID[]) r.getArray(18).getArray()),
                SqlTimes.utc(r.getObject(19, OffsetDateTime.class)), SqlTimes.utc(r.getObject(20, OffsetDateTime.class)),
                r.getLong(21));
    }

    /**
     * The ids of a page, read straight from JDBC ({@link JdbcRows}): as a native query with a result class,
     * Hibernate looked the statement up among its interpretations by comparing result set mappings, a third
     * of the CPU of a list (issue 21).
     */
    private List<UUID> ids(WhereClause where, Sort sort, int offset, int pageSize) {
        String order = SqlOrder.ofColumns(sort, SqlOrder.Nulls.LAST);
        return JdbcRows.list(getEntityManager(), "SELECT n.id FROM news_item n WHERE " + where.condition()
                + " ORDER BY " + order + SqlPage.of(offset, pageSize), where, row -> row.getObject(1, UUID.class));
    }

    /**
     * The entities with these ids (those that exist), in the order of the ids. Loaded by Hibernate's multi-id
     * loader, one statement over an array of ids, not by HQL with an IN list: Hibernate does not keep the
     * translation of a query with a list parameter and translated it again for every page (issue 21).
     */
    public List<NewsItem> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getSession().findMultiple(NewsItem.class, ids).stream().filter(Objects::nonNull).toList();
    }

    /** The lock timeout that makes Hibernate write {@code FOR UPDATE SKIP LOCKED}. */
    private static final int SKIP_LOCKED = -2;

    /** Scheduled items whose embargo has passed, for the job that marks them published. */
    public List<NewsItem> dueScheduled(OffsetDateTime now, int limit) {
        // Locked, and skipped when another instance holds them: each item is published, and told, once.
        return find("status = ?1 and publishedAt <= ?2", Sort.ascending("publishedAt"), NewsItem.Status.SCHEDULED, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .page(0, limit).list();
    }

    /** A page of results with the total count. */
    public record Slice(List<NewsRow> items, Total total) {
    }
}
