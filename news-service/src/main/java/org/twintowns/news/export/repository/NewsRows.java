package org.twintowns.news.export.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.twintowns.news.item.mapping.NewsArticles.NewsRow;
import org.twintowns.news.item.repository.NewsItemWhere;

/**
 * Reads the public news items for the exports one keyset batch at a time, in plain SQL (one select a
 * batch, its own short transaction), with the one visibility rule every public read uses
 * ({@link NewsItemWhere#VISIBLE}): no draft, nothing under embargo, nothing withdrawn. The press
 * contact is never read.
 */
@ApplicationScoped
public class NewsRows {

    @Inject
    DataSource dataSource;

    /** The public items after {@code after} (null: from the first) in id order. */
    public List<NewsRow> items(UUID after, int size) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select n.id, n.slug, n.headline, n.lead, n.body_text, n.language, n.published_at, n.updated_at,
                            n.issuer_municipality_id, n.issuer_name, n.topics, n.related_municipality_ids,
                            n.related_partnership_ids, n.related_event_ids
                     from news_item n
                     where %s and (cast(? as uuid) is null or n.id > ?) order by n.id limit ?"""
                     .formatted(NewsItemWhere.VISIBLE))) {
            s.setObject(1, after, Types.OTHER);
            s.setObject(2, after, Types.OTHER);
            s.setInt(3, size);
            List<NewsRow> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new NewsRow(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6).trim(), r.getObject(7, OffsetDateTime.class),
                            r.getObject(8, OffsetDateTime.class), r.getObject(9, UUID.class), r.getString(10),
                            strings(r.getArray(11)), uuids(r.getArray(12)), uuids(r.getArray(13)),
                            uuids(r.getArray(14))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read news items for an export", e);
        }
    }

    /**
     * When the newest public item became public: an embargo that ends changes the exports without a
     * write (until the publisher marks the item published, up to 30 s later), so their version
     * includes it.
     */
    public String latestPublication() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select max(n.published_at) from news_item n where "
                     + NewsItemWhere.VISIBLE);
             ResultSet r = s.executeQuery()) {
            r.next();
            OffsetDateTime latest = r.getObject(1, OffsetDateTime.class);
            return latest == null ? "none" : String.valueOf(latest.toInstant().toEpochMilli());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the latest publication", e);
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
    }
}
