package org.twintowns.news.item.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.changes.Change;
import org.twintowns.commons.changes.Outbox;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.mapping.NewsItemMapper;
import org.twintowns.news.media.repository.MediaRepository;

/**
 * What the news feed tells: {@code news.published} when an item becomes public (for a scheduled one,
 * when its embargo ends, dated then), {@code news.updated} when a public item changes, its media
 * included, and {@code news.withdrawn} when a public item is withdrawn. Drafts and embargoed items are
 * never told; the data is what anonymous readers see. Joins the caller's transaction.
 */
@ApplicationScoped
public class NewsChanges {

    public static final String SOURCE = "/api/v1/news";
    public static final String PUBLISHED = "news.published";
    public static final String UPDATED = "news.updated";
    public static final String WITHDRAWN = "news.withdrawn";
    /** Every type, for the contract. */
    public static final List<String> TYPES = List.of(PUBLISHED, UPDATED, WITHDRAWN);

    @Inject
    Outbox outbox;

    @Inject
    MediaRepository media;

    /** The item became public at {@code at}. */
    void published(NewsItem item, OffsetDateTime at) {
        outbox.record(change(PUBLISHED, item).at(at));
    }

    /** The item changed; told only while it is public. */
    void updated(NewsItem item) {
        if (item.isPublicAt(TrackedEntity.now())) {
            outbox.record(change(UPDATED, item));
        }
    }

    /** The item, which was public, is not any more. */
    void withdrawn(NewsItem item) {
        Change withdrawn = Change.of(WITHDRAWN, SOURCE, item.id,
                Map.of("id", item.id, "slug", item.slug, "status", item.status));
        outbox.record(withdrawn.concerning(municipalities(item), Set.of()));
    }

    private Change change(String type, NewsItem item) {
        OffsetDateTime now = TrackedEntity.now();
        return Change.of(type, SOURCE, item.id, NewsItemMapper.toView(item, media.ofItem(item.id), now))
                .concerning(municipalities(item), Set.of());
    }

    private static Set<UUID> municipalities(NewsItem item) {
        Set<UUID> ids = new LinkedHashSet<>(List.of(item.relatedMunicipalityIds));
        if (item.issuerMunicipalityId != null) {
            ids.add(item.issuerMunicipalityId);
        }
        return ids;
    }
}
