package org.twintowns.news.item.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.persistence.Changes;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.commons.persistence.UniqueViolations;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.NewsRevision;
import org.twintowns.news.item.StatusTransitions;
import org.twintowns.news.item.mapping.NewsItemMapper;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.news.item.repository.RevisionRepository;
import org.twintowns.news.item.rest.NewsItemRequest;
import org.twintowns.news.item.rest.NewsItemView;
import org.twintowns.news.media.repository.MediaRepository;

/**
 * The transactional writes. Callers have validated the input and checked the references first,
 * so no transaction is held open while another service is asked.
 */
@ApplicationScoped
public class NewsItemWriter {

    /** Author of the changes the embargo job makes. */
    public static final String SCHEDULER = "system:scheduler";

    @Inject
    NewsItemRepository repository;

    @Inject
    RevisionRepository revisions;

    @Inject
    NewsAccess access;

    @Inject
    MediaRepository media;

    @Inject
    ObjectMapper json;

    @Inject
    NewsChanges changes;

    @Transactional
    public Versioned<NewsItemView> create(NewsItemRequest request, String slug, NewsItem.Status status) {
        if (repository.slugTaken(slug)) {
            throw NewsProblems.duplicateSlug(slug);
        }
        NewsItem item = new NewsItem();
        NewsItemMapper.apply(request, slug, item);
        item.status = status;
        item.createdBy = access.author();
        item.updatedBy = item.createdBy;
        // A PUBLISHED item gets its publication time when it is stored (see NewsItem), unless it brings its own.
        persist(item, slug);
        if (item.status == NewsItem.Status.PUBLISHED) {
            changes.published(item, item.publishedAt);
        } else {
            settle(item, access.author());
        }
        return versioned(item);
    }

    @Transactional
    public Versioned<NewsItemView> update(UUID id, String ifMatch, NewsItemRequest request) {
        NewsItem item = editable(id, ifMatch);
        String slug = request.slug() != null ? request.slug() : item.slug;
        if (!slug.equals(item.slug) && repository.slugTakenByOther(slug, id)) {
            throw NewsProblems.duplicateSlug(slug);
        }
        if (request.status() != null && request.status() != item.effectiveStatus(TrackedEntity.now())) {
            throw ProblemException.invalidField("status",
                    "cannot be changed by replacing the item; use POST /api/v1/news/" + id + "/status");
        }
        if (request.publishedAt() != null && !hasBeenPublic(item)) {
            throw ProblemException.invalidField("publishedAt", "only an item that is or was public has a publication "
                    + "date; publish or schedule it with POST /api/v1/news/" + id + "/status");
        }
        NewsRevision before = revisionOf(item, access.author(), "UPDATED");
        // An identical replace is no change: no revision, and the version and ETag stay.
        if (Changes.apply(item, NewsItemMapper::toRequest, n -> NewsItemMapper.apply(request, slug, n))) {
            revisions.persist(before);
            item.updatedBy = access.author();
            persist(item, slug);
            changes.updated(item);
        }
        return versioned(item);
    }

    @Transactional
    public Versioned<NewsItemView> changeStatus(UUID id, String ifMatch, NewsItem.Status target,
                                                OffsetDateTime publishAt) {
        NewsItem item = editable(id, ifMatch);
        OffsetDateTime now = TrackedEntity.now();
        NewsItem.Status current = item.effectiveStatus(now);
        if (!StatusTransitions.allowed(current, target)) {
            throw NewsProblems.invalidTransition(current, target);
        }
        keepRevision(item, access.author(), "STATUS " + current + "->" + target);
        item.publishedAt = switch (target) {
            case SCHEDULED -> publishAt;
            case PUBLISHED -> now;
            // A withdrawn item keeps the time it was public since, unless it never was.
            case WITHDRAWN -> current == NewsItem.Status.PUBLISHED ? item.publishedAt : null;
            case DRAFT -> null;
        };
        item.status = target;
        item.updatedBy = access.author();
        repository.flush();
        if (target == NewsItem.Status.PUBLISHED) {
            changes.published(item, now);
        } else if (current == NewsItem.Status.PUBLISHED) {
            changes.withdrawn(item);
        } else {
            // Scheduled for a time already past: public now.
            settle(item, access.author());
        }
        return versioned(item);
    }

    /**
     * Marks scheduled items whose embargo has passed as published. Only bookkeeping: the
     * visibility rule already shows them.
     */
    @Transactional
    public int publishDue(int limit) {
        List<NewsItem> due = repository.dueScheduled(TrackedEntity.now(), limit);
        for (NewsItem item : due) {
            settle(item, SCHEDULER);
        }
        repository.flush();
        return due.size();
    }

    /**
     * A scheduled item whose embargo has passed becomes PUBLISHED, and the feed tells it, dated when the
     * embargo ended. The job does it within seconds; a write to the item does it first, so that the feed
     * never tells of a change to an item before it tells that the item was published.
     */
    private void settle(NewsItem item, String author) {
        if (item.status == NewsItem.Status.SCHEDULED && item.isPublicAt(TrackedEntity.now())) {
            keepRevision(item, author, "STATUS SCHEDULED->PUBLISHED");
            item.status = NewsItem.Status.PUBLISHED;
            item.updatedBy = author;
            changes.published(item, item.publishedAt);
        }
    }

    /** In the caller's transaction, after a change to the item's media: told when the item is public. */
    void mediaChanged(NewsItem item) {
        changes.updated(item);
    }

    private NewsItem editable(UUID id, String ifMatch) {
        // Locked until the write commits: a concurrent write with the same If-Match then sees the new version (412).
        NewsItem item = repository.findForUpdate(id).orElseThrow(() -> NewsProblems.notFound(id));
        access.requireEdit(item);
        ETags.requireMatch(ifMatch, item.version);
        settle(item, NewsItemWriter.SCHEDULER);
        return item;
    }

    private void persist(NewsItem item, String slug) {
        try {
            repository.persistAndFlush(item);
        } catch (PersistenceException e) {
            // A concurrent write won the race for the same slug, the only unique key a client chooses.
            if (UniqueViolations.isUniqueViolation(e)) {
                throw NewsProblems.duplicateSlug(slug);
            }
            throw e;
        }
    }

    /**
     * Keeps the content as it is now, media included, before the change the caller is about to
     * make; joins the caller's transaction.
     */
    void keepRevision(NewsItem item, String author, String change) {
        revisions.persist(revisionOf(item, author, change));
    }

    /** The revision {@link #keepRevision} keeps, not yet stored. */
    private NewsRevision revisionOf(NewsItem item, String author, String change) {
        NewsRevision revision = new NewsRevision();
        revision.id = UUID.randomUUID();
        revision.newsItemId = item.id;
        revision.number = revisions.nextNumber(item.id);
        revision.author = author;
        revision.createdAt = TrackedEntity.now();
        revision.change = change;
        try {
            revision.content = json.writeValueAsString(NewsItemMapper.toSnapshot(item, media.ofItem(item.id)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a news item snapshot", e);
        }
        return revision;
    }

    /** Published now, or withdrawn after it was: the items whose publication date a replace may correct. */
    private static boolean hasBeenPublic(NewsItem item) {
        NewsItem.Status status = item.effectiveStatus(TrackedEntity.now());
        return item.publishedAt != null
                && (status == NewsItem.Status.PUBLISHED || status == NewsItem.Status.WITHDRAWN);
    }

    private Versioned<NewsItemView> versioned(NewsItem item) {
        return new Versioned<>(NewsItemMapper.toView(item, media.ofItem(item.id), TrackedEntity.now()), item.version);
    }
}
