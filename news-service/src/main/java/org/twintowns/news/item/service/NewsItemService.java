package org.twintowns.news.item.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.paging.Sorting;
import org.twintowns.commons.persistence.UniqueViolations;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.text.Slugs;
import org.twintowns.news.item.NewsItem;
import org.twintowns.news.item.mapping.NewsItemMapper;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.news.item.repository.NewsItemRepository.NewsItemFilter;
import org.twintowns.news.item.rest.NewsItemRequest;
import org.twintowns.news.item.rest.NewsItemView;

/** Writing and finding news items; owns the transactions and the rules, visibility among them. */
@ApplicationScoped
public class NewsItemService {

    /** Java still lists the withdrawn codes for Hebrew, Indonesian, Yiddish and Moldavian; only current ones count. */
    private static final Set<String> WITHDRAWN_LANGUAGE_CODES = Set.of("iw", "in", "ji", "mo");
    private static final Set<String> LANGUAGES = Arrays.stream(Locale.getISOLanguages())
            .filter(code -> !WITHDRAWN_LANGUAGE_CODES.contains(code))
            .collect(Collectors.toUnmodifiableSet());
    /** Scheduling and withdrawing are editorial steps on an existing item, not ways to create one. */
    private static final Set<NewsItem.Status> CREATABLE = Set.of(NewsItem.Status.DRAFT, NewsItem.Status.PUBLISHED);
    private static final Map<String, String> SORTABLE = Map.of(
            "publishedAt", "publishedAt", "headline", "headline", "createdAt", "createdAt");
    private static final Sort DEFAULT_SORT = Sort.descending("publishedAt").and("id");

    @Inject
    NewsItemRepository repository;

    @Transactional
    public NewsItemView create(NewsItemRequest request) {
        NewsItem.Status status = request.status() != null ? request.status() : NewsItem.Status.DRAFT;
        if (!CREATABLE.contains(status)) {
            throw ProblemException.invalidField("status", "a news item is created as DRAFT or PUBLISHED");
        }
        if (!LANGUAGES.contains(request.language())) {
            throw ProblemException.invalidField("language",
                    "'" + request.language() + "' is not an ISO 639-1 language code");
        }
        String slug = request.slug() != null ? request.slug() : Slugs.of(request.headline(), 160);
        if (slug.isEmpty()) {
            throw ProblemException.invalidField("slug", "cannot be derived from this headline; please give one");
        }
        if (repository.slugTaken(slug)) {
            throw duplicateSlug(slug);
        }
        // A PUBLISHED item gets its publication time when it is stored (see NewsItem).
        NewsItem item = NewsItemMapper.toEntity(request, slug, status);
        try {
            repository.persistAndFlush(item);
        } catch (PersistenceException e) {
            // A concurrent create won the race for the same slug, the only unique key a client chooses.
            if (UniqueViolations.isUniqueViolation(e)) {
                throw duplicateSlug(slug);
            }
            throw e;
        }
        return NewsItemMapper.toView(item);
    }

    /** A published item; a draft answers exactly like an id that does not exist, so drafts stay private. */
    public NewsItemView getPublished(UUID id) {
        return repository.findPublished(id)
                .map(NewsItemMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("news item", id));
    }

    public Page<NewsItemView> listPublished(NewsItemFilter filter, PageParams paging) {
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ProblemException.invalidField("to", "must be later than from");
        }
        Sort sort = Sorting.parse(paging.sort, SORTABLE, DEFAULT_SORT);
        NewsItemRepository.Slice slice = repository.searchPublished(filter, sort, paging.page, paging.size);
        return Page.of(slice.items(), paging, slice.total()).map(NewsItemMapper::toView);
    }

    private static ProblemException duplicateSlug(String slug) {
        return ProblemException.conflict("A news item with slug '" + slug + "' already exists.");
    }
}
