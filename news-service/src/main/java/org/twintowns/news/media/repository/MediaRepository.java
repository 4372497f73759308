package org.twintowns.news.media.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.twintowns.news.media.NewsMedia;

/** The media metadata of news items; never loads bytes. */
@ApplicationScoped
public class MediaRepository implements PanacheRepositoryBase<NewsMedia, UUID> {

    private static final Sort ORDER = Sort.ascending("position").and("createdAt").and("id");

    public List<NewsMedia> ofItem(UUID itemId) {
        return list("newsItemId", ORDER, itemId);
    }

    /** The media of many items in one query, for lists and feeds; items without media are absent. */
    public Map<UUID, List<NewsMedia>> ofItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        // SQL, not HQL: Hibernate translates an HQL query with a list parameter again at every execution. The ids
        // stay in the plan's sight (unlike the other services' look-ups by a page's ids, PlanValues.anyOfIn): this
        // service plans every statement for its values (plan_cache_mode, application.properties), for its search.
        List<?> media = getEntityManager().createNativeQuery("""
                        SELECT m.* FROM news_media m WHERE m.news_item_id = ANY(:items)
                        ORDER BY m.position, m.created_at, m.id""", NewsMedia.class)
                .setParameter("items", itemIds.toArray(UUID[]::new))
                .getResultList();
        return media.stream().map(NewsMedia.class::cast)
                .collect(Collectors.groupingBy(m -> m.newsItemId, LinkedHashMap::new, Collectors.toList()));
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
