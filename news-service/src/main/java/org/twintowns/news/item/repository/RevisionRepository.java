package org.twintowns.news.item.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.news.item.NewsRevision;

/** The revision history of news items. */
@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<NewsRevision, UUID> {

    public int nextNumber(UUID itemId) {
        Integer max = find("select max(r.number) from NewsRevision r where r.newsItemId = ?1", itemId)
                .project(Integer.class).firstResult();
        return max == null ? 1 : max + 1;
    }

    public List<NewsRevision> history(UUID itemId) {
        return list("newsItemId", Sort.ascending("number"), itemId);
    }

    public Optional<NewsRevision> find(UUID itemId, int number) {
        return find("newsItemId = ?1 and number = ?2", itemId, number).firstResultOptional();
    }
}
