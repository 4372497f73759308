package org.twintowns.news.media.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.SqlTimes;
import org.twintowns.news.media.NewsMedia;

/** The media metadata of news items; never loads bytes. */
@ApplicationScoped
public class MediaRepository implements PanacheRepositoryBase<NewsMedia, UUID> {

    private static final Sort ORDER = Sort.ascending("position").and("createdAt").and("id");

    public List<NewsMedia> ofItem(UUID itemId) {
        return list("newsItemId", ORDER, itemId);
    }

    /** The media of many items in one statement, for feeds ({@link #ofItemsWith}); items without media are absent. */
    public Map<UUID, List<NewsMedia>> ofItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        JdbcRows.Together reads = JdbcRows.together();
        Map<UUID, List<NewsMedia>> media = ofItemsWith(reads);
        reads.run(getEntityManager(), Map.of("ids", itemIds.toArray(UUID[]::new)));
        return media;
    }

    /**
     * Adds the read of the media of the items whose ids are the parameter {@code :ids} to {@code reads}, which an
     * item's read sends together with its own: the map, by item, is filled when they run; items without media are
     * absent. The media are fresh objects no session knows, for views only. The ids stay in the plan's sight (unlike
     * the other services' look-ups by a page's ids, PlanValues.anyOfIn): this service plans every statement for its
     * values (plan_cache_mode, application.properties), for its search.
     */
    public Map<UUID, List<NewsMedia>> ofItemsWith(JdbcRows.Together reads) {
        return reads.grouped("""
                SELECT m.news_item_id, m.id, m.position, m.content_type, m.byte_size, m.width, m.height, m.sha256,
                       m.file_name, m.caption, m.alt_text, m.credit, m.licence, m.source_url, m.created_at, m.updated_at
                FROM news_media m WHERE m.news_item_id = ANY(:ids) ORDER BY m.position, m.created_at, m.id""", r -> {
            NewsMedia media = new NewsMedia();
            media.newsItemId = r.getObject(1, UUID.class);
            media.id = r.getObject(2, UUID.class);
            media.position = r.getInt(3);
            media.contentType = r.getString(4);
            media.byteSize = r.getInt(5);
            media.width = r.getInt(6);
            media.height = r.getInt(7);
            media.sha256 = r.getString(8);
            media.fileName = r.getString(9);
            media.caption = r.getString(10);
            media.altText = r.getString(11);
            media.credit = r.getString(12);
            media.licence = r.getString(13);
            media.sourceUrl = r.getString(14);
            media.createdAt = SqlTimes.utc(r.getObject(15, OffsetDateTime.class));
            media.updatedAt = SqlTimes.utc(r.getObject(16, OffsetDateTime.class));
            return media;
        });
    }

    public Optional<NewsMedia> findInItem(UUID itemId, UUID mediaId) {
        return find("id = ?1 and newsItemId = ?2", mediaId, itemId).firstResultOptional();
    }

    public long countOfItem(UUID itemId) {
        return count("newsItemId", itemId);
    }

    /** The position after the item's last media. */
    public int nextPosition(UUID itemId) {
        Integer max = find("select max(m.position) from NewsMedia m where m.newsItemId = ?1", itemId)
                .project(Integer.class).firstResult();
        return max == null ? 0 : max + 1;
    }
}
