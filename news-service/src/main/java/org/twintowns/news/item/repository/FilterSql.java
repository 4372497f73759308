package org.twintowns.news.item.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The WHERE clause of a filter over {@code news_item n}, with its bind parameters. */
public final class FilterSql {

    /**
     * Who may read an item without a token: published, or scheduled with the embargo passed. The
     * one definition every public query uses (get, list, search, feeds, counts).
     *
     * <p>A published item's time is the moment it was published, never later than now, so "time
     * passed" holds for it too; written that way, the condition is one range on the index of
     * visible items by time, which newest-first reads walk from now backwards, without first
     * stepping over every embargoed item.
     */
    static final String VISIBLE = "(n.status IN ('PUBLISHED', 'SCHEDULED') AND n.published_at <= now())";

    public final List<String> where = new ArrayList<>();
    public final Map<String, Object> params = new HashMap<>();

    public static FilterSql of(NewsFilter f) {
        FilterSql sql = new FilterSql();
        if (f.status() == null) {
            sql.where.add(VISIBLE);
        } else {
            sql.add("n.status = :status", "status", f.status().name());
            if (f.owners() != null) {
                if (f.owners().isEmpty()) {
                    sql.where.add("false");
                } else {
                    sql.add("n.issuer_municipality_id IN (:owners)", "owners", f.owners());
                }
            }
        }
        if (f.language() != null) {
            // As the column's type, so that the language's own search index (V6) is seen to apply.
            sql.add("n.language = CAST(:language AS char(2))", "language", f.language());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.add("lower(n.headline) LIKE :headline ESCAPE '\\'", "headline",
                    "%" + escapeLike(f.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.from() != null) {
            sql.add("n.published_at >= :from", "from", f.from());
        }
        if (f.to() != null) {
            sql.add("n.published_at < :to", "to", f.to());
        }
        if (f.issuer() != null) {
            sql.add("n.issuer_municipality_id = :issuer", "issuer", f.issuer());
        }
        if (f.municipality() != null) {
            sql.add("(n.issuer_municipality_id = :municipality "
                    + "OR n.related_municipality_ids @> ARRAY[CAST(:municipality AS uuid)])", "municipality", f.municipality());
        }
        if (f.partnership() != null) {
            sql.add("n.related_partnership_ids @> ARRAY[CAST(:partnership AS uuid)]", "partnership", f.partnership());
        }
        if (f.event() != null) {
            sql.add("n.related_event_ids @> ARRAY[CAST(:event AS uuid)]", "event", f.event());
        }
        if (f.topic() != null) {
            sql.add("n.topics @> ARRAY[CAST(:topic AS text)]", "topic", f.topic());
        }
        return sql;
    }

    private void add(String condition, String name, Object value) {
        where.add(condition);
        params.put(name, value);
    }

    public String clause() {
        return String.join(" AND ", where);
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
