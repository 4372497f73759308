package org.twintowns.news.item.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.TrackedEntity;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.text.Slugs;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.NewsRevision;
import org.twintowns.news.item.mapping.NewsItemMapper;
import org.twintowns.news.item.repository.NewsFilter;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.news.item.repository.NewsRow;
import org.twintowns.news.item.repository.RevisionRepository;
import org.twintowns.news.item.rest.NewsItemRequest;
import org.twintowns.news.item.rest.NewsItemSnapshot;
import org.twintowns.news.item.rest.NewsItemView;
import org.twintowns.news.item.rest.RevisionSummaryView;
import org.twintowns.news.item.rest.RevisionView;
import org.twintowns.news.item.rest.StatusChangeRequest;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.media.repository.MediaRepository;
import org.twintowns.news.references.ReferenceChecker;

/**
 * Writing and finding news items: validates, checks who may do what, checks references against
 * their owning services, then hands the write to {@link NewsItemWriter}.
 */
@ApplicationScoped
public class NewsItemService {

    /** Scheduling and withdrawing are editorial steps on an existing item, not ways to create one. */
    private static final Set<NewsItem.Status> CREATABLE = Set.of(NewsItem.Status.DRAFT, NewsItem.Status.PUBLISHED);

    @Inject
    NewsItemRepository repository;

    @Inject
    RevisionRepository revisions;

    @Inject
    NewsItemWriter writer;

    @Inject
    NewsAccess access;

    @Inject
    ReferenceChecker references;

    @Inject
    MediaRepository media;

    @Inject
    ObjectMapper json;

    @Inject
    Listings listings;

    public Versioned<NewsItemView> create(NewsItemRequest request) {
        NewsItem.Status status = request.status() != null ? request.status() : NewsItem.Status.DRAFT;
        if (!CREATABLE.contains(status)) {
            throw ProblemException.invalidField("status", "a news item is created as DRAFT or PUBLISHED");
        }
        if (request.publishedAt() != null && status != NewsItem.Status.PUBLISHED) {
            throw ProblemException.invalidField("publishedAt", "only a PUBLISHED item has a publication date; "
                    + "to publish it later, create it as DRAFT and schedule it");
        }
        NewsItemRules.check(request);
        String slug = request.slug() != null ? request.slug() : Slugs.of(request.headline(), 160);
        if (slug.isEmpty()) {
            throw ProblemException.invalidField("slug", "cannot be derived from this headline; please give one");
        }
        access.requireEdit(owners(request));
        references.check(request.issuerMunicipalityId(), request.relatedMunicipalityIds(),
                request.relatedPartnershipIds(), request.relatedEventIds());
        return writer.create(request, slug, status);
    }

    public Versioned<NewsItemView> update(UUID id, String ifMatch, NewsItemRequest request) {
        NewsItemRules.check(request);
        // Fail fast, before asking other services; the writer checks again inside its transaction.
        NewsItem current = repository.findByIdOptional(id).orElseThrow(() -> NewsProblems.notFound(id));
        access.requireEdit(current);
        // An editor may not hand an item over to a municipality they do not act for.
        access.requireEdit(owners(request));
        references.check(request.issuerMunicipalityId(), request.relatedMunicipalityIds(),
                request.relatedPartnershipIds(), request.relatedEventIds());
        return writer.update(id, ifMatch, request);
    }

    public Versioned<NewsItemView> changeStatus(UUID id, String ifMatch, StatusChangeRequest request) {
        OffsetDateTime publishAt = null;
        if (request.status() == NewsItem.Status.SCHEDULED) {
            if (request.publishAt() == null || request.publishAt().isBlank()) {
                throw ProblemException.invalidField("publishAt", "is required to schedule an item");
            }
            publishAt = parsePublishAt(request.publishAt());
        } else if (request.publishAt() != null) {
            throw ProblemException.invalidField("publishAt", "is only allowed when scheduling (status SCHEDULED)");
        }
        return writer.changeStatus(id, ifMatch, request.status(), publishAt);
    }

    /** A public item for everyone; a non-public one only for those who may edit it, else 404. */
    public Versioned<NewsItemView> get(UUID id) {
        // A public item and its media in one statement; only an editor's look at a non-public one reads more.
        JdbcRows.Together reads = JdbcRows.together();
        Map<UUID, List<NewsMedia>> itemMedia = media.ofItemsWith(reads);
        Optional<NewsRow> visible = repository.visibleRow(id, reads);
        if (visible.isPresent()) {
            return new Versioned<>(NewsItemMapper.toView(visible.get(), itemMedia.get(id), TrackedEntity.now()),
                    visible.get().version());
        }
        NewsItem item = editable(id).orElseThrow(() -> NewsProblems.notFound(id));
        return new Versioned<>(NewsItemMapper.toView(item, media.ofItem(id), TrackedEntity.now()), item.version);
    }

    /** The entity behind {@link #get}, for other representations (feeds, ninjs). */
    public NewsItem readable(UUID id) {
        return repository.findVisible(id).or(() -> editable(id)).orElseThrow(() -> NewsProblems.notFound(id));
    }

    /** The item whatever its status, if the caller may edit it. */
    private Optional<NewsItem> editable(UUID id) {
        return repository.findByIdOptional(id).filter(access::mayEdit);
    }

    /** The public list, or with a status the non-public items the caller may edit. */
    public Page<NewsItemView> list(NewsFilter filter, NewsItem.Status status, PageParams paging) {
        checkInterval(filter);
        NewsFilter effective = status == null ? filter : filter.withStatus(status, access.listableOwners());
        Listing listing = listings.of(paging, NewsItemRepository.SORTABLE, NewsItemRepository.DEFAULT_SORT, "n.id");
        JdbcRows.Together reads = JdbcRows.together();
        Map<UUID, List<NewsMedia>> mediaByItem = media.ofItemsWith(reads);
        NewsItemRepository.Slice slice = repository.list(effective, listing, reads);
        OffsetDateTime now = TrackedEntity.now();
        return listing.page(slice.items(), slice.total(), NewsRow::updatedAt, n -> List.of(n.id()))
                .map(n -> NewsItemMapper.toView(n, mediaByItem.get(n.id()), now));
    }

    /** The public items matching a filter, newest first, for feeds. */
    public List<NewsItem> latestPublic(NewsFilter filter, int limit) {
        checkInterval(filter);
        return repository.first(filter, NewsItemRepository.DEFAULT_SORT, limit);
    }

    public List<RevisionSummaryView> revisions(UUID id) {
        editableForReading(id);
        return revisions.history(id).stream()
                .map(r -> new RevisionSummaryView(r.number, r.author, r.createdAt, r.change))
                .toList();
    }

    public RevisionView revision(UUID id, int number) {
        editableForReading(id);
        NewsRevision r = revisions.find(id, number)
                .orElseThrow(() -> ProblemException.notFound("revision of news item " + id, number));
        try {
            return new RevisionView(r.number, r.author, r.createdAt, r.change,
                    json.readValue(r.content, NewsItemSnapshot.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored revision " + r.id + " is not readable", e);
        }
    }

    /**
     * Revisions are for an item's editors. An item the caller may not even see (a draft, an embargoed
     * item of another municipality) is answered exactly like an unknown id, with 404, so that its
     * existence does not leak; an item they see but may not edit gets 403.
     */
    private void editableForReading(UUID id) {
        access.requireEdit(readable(id));
    }

    static void checkInterval(NewsFilter filter) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ProblemException.invalidField("to", "must be later than from");
        }
    }

    private static Set<UUID> owners(NewsItemRequest request) {
        return request.issuerMunicipalityId() == null ? Set.of() : Set.of(request.issuerMunicipalityId());
    }

    private static OffsetDateTime parsePublishAt(String value) {
        OffsetDateTime publishAt;
        try {
            publishAt = OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("publishAt",
                    "must be an ISO 8601 date-time with offset, such as 2030-12-01T09:00:00+01:00");
        }
        if (!publishAt.isAfter(TrackedEntity.now())) {
            throw ProblemException.invalidField("publishAt", "must be in the future");
        }
        return publishAt;
    }
}
