package org.twintowns.news.item.repository;

import java.util.Locale;
import java.util.UUID;
import org.twintowns.commons.persistence.LikePatterns;
import org.twintowns.commons.persistence.WhereClause;

/** The WHERE clause of a {@link NewsFilter} over {@code news_item n}. */
public final class NewsItemWhere {

    /**
     * Who may read an item without a token: published, or scheduled with the embargo passed. The
     * one definition every public query uses (get, list, search, feeds, counts).
     *
     * <p>A published item's time is the moment it was published, never later than now, so "time
     * passed" holds for it too; written that way, the condition is one range on the index of
     * visible items by time, which newest-first reads walk from now backwards, without first
     * stepping over every embargoed item.
     */
    public static final String VISIBLE = "(n.status IN ('PUBLISHED', 'SCHEDULED') AND n.published_at <= now())";

    private NewsItemWhere() {
    }

    public static WhereClause of(NewsFilter f) {
        WhereClause where = new WhereClause();
        if (f.status() == null) {
            where.and(VISIBLE);
        } else {
            where.and("n.status = :status", "status", f.status().name());
            if (f.owners() != null) {
                if (f.owners().isEmpty()) {
                    where.and("false");
                } else {
                    where.and("n.issuer_municipality_id = ANY(:owners)", "owners", f.owners().toArray(UUID[]::new));
                }
            }
        }
        if (f.language() != null) {
            // As the column's type, so that the language's own search index (V6) is seen to apply.
            where.and("n.language = CAST(:language AS char(2))", "language", f.language());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.and("lower(n.headline) LIKE :headline ESCAPE '\\'", "headline",
                    LikePatterns.containing(f.q().strip().toLowerCase(Locale.ROOT)));
        }
        if (f.from() != null) {
            where.and("n.published_at >= :from", "from", f.from());
        }
        if (f.to() != null) {
            where.and("n.published_at < :to", "to", f.to());
        }
        if (f.issuer() != null) {
            where.and("n.issuer_municipality_id = :issuer", "issuer", f.issuer());
        }
        if (f.municipality() != null) {
            where.and("(n.issuer_municipality_id = :municipality "
                    + "OR n.related_municipality_ids @> ARRAY[CAST(:municipality AS uuid)])", "municipality", f.municipality());
        }
        if (f.partnership() != null) {
            where.and("n.related_partnership_ids @> ARRAY[CAST(:partnership AS uuid)]", "partnership", f.partnership());
        }
        if (f.event() != null) {
            where.and("n.related_event_ids @> ARRAY[CAST(:event AS uuid)]", "event", f.event());
        }
        if (f.topic() != null) {
            where.and("n.topics @> ARRAY[CAST(:topic AS text)]", "topic", f.topic());
        }
        return where;
    }
}
