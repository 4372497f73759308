package org.twintowns.news.item.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.news.media.service.MediaItems;

/** What media need of the items they belong to: the item's visibility, access rules and revisions. */
@ApplicationScoped
public class NewsItemsForMedia implements MediaItems {

    @Inject
    NewsItemService items;

    @Inject
    NewsItemRepository repository;

    @Inject
    NewsItemWriter writer;

    @Inject
    NewsAccess access;

    @Override
    public boolean requireVisible(UUID itemId) {
        return items.readable(itemId).isPublicAt(TrackedEntity.now());
    }

    @Override
    public void requireEditable(UUID itemId) {
        access.requireEdit(repository.findByIdOptional(itemId).orElseThrow(() -> NewsProblems.notFound(itemId)));
    }

    @Override
    public void lockForEdit(UUID itemId) {
        access.requireEdit(repository.findForUpdate(itemId).orElseThrow(() -> NewsProblems.notFound(itemId)));
    }

    @Override
    public void recordMediaChange(UUID itemId, String change) {
        // Already in the transaction's persistence context, locked by lockForEdit.
        NewsItem item = repository.findByIdOptional(itemId).orElseThrow(() -> NewsProblems.notFound(itemId));
        writer.keepRevision(item, access.author(), change);
        item.updatedBy = access.author();
        item.touch();
    }

    @Override
    public void mediaChanged(UUID itemId) {
        writer.mediaChanged(repository.findByIdOptional(itemId).orElseThrow(() -> NewsProblems.notFound(itemId)));
    }
}
