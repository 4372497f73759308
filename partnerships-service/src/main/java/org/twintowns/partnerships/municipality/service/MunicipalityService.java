package org.twintowns.partnerships.municipality.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.persistence.Changes;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.commons.security.Caller;
import org.twintowns.commons.text.Slugs;
import org.twintowns.commons.geo.BoundingBox;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.mapping.MunicipalityMapper;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository;
import org.twintowns.partnerships.municipality.repository.MunicipalityRow;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MapPoint;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MunicipalityFilter;
import org.twintowns.partnerships.municipality.rest.MergeRequest;
import org.twintowns.partnerships.municipality.rest.MunicipalityRequest;
import org.twintowns.partnerships.municipality.rest.MunicipalityView;

/** Registering, changing, merging and finding municipalities; owns the transactions and the rules. */
@ApplicationScoped
public class MunicipalityService {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "country", "countryCode", "population", "population",
            "createdAt", "createdAt", "updatedAt", "updatedAt", "slug", "slug");
    private static final Sort DEFAULT_SORT = Sort.by("name").and("id");

    @Inject
    MunicipalityRepository repository;

    @Inject
    Caller caller;

    @Inject
    MunicipalityChanges changes;

    @Inject
    Listings listings;

    @Transactional
    public Versioned<MunicipalityView> create(MunicipalityRequest request) {
        MunicipalityRules.check(request);
        String slug = slugOf(request);
        checkUnique(request, slug, null);
        Municipality municipality = new Municipality();
        MunicipalityMapper.apply(request, slug, municipality);
        persist(municipality);
        changes.created(municipality);
        return versioned(municipality, List.of());
    }

    /** Admins, or an editor acting for this very municipality. */
    @Transactional
    public Versioned<MunicipalityView> update(UUID id, String ifMatch, MunicipalityRequest request) {
        Municipality municipality = findForUpdate(id);
        caller.requireActsForAny(Set.of(id));
        ETags.requireMatch(ifMatch, municipality.version);
        MunicipalityRules.check(request);
        String slug = slugOf(request);
        checkUnique(request, slug, id);
        // The version moves when anything a client can read changed, the other names included.
        boolean changed = Changes.apply(municipality, MunicipalityMapper::toRequest,
                m -> MunicipalityMapper.apply(request, slug, m));
        persist(municipality);
        if (changed) {
            changes.updated(municipality);
        }
        return versioned(municipality, List.of());
    }

    /** Records that a municipality became part of another; its id keeps leading to the successor. */
    @Transactional
    public Versioned<MunicipalityView> merge(UUID id, String ifMatch, MergeRequest request) {
        Municipality merged = findForUpdate(id);
        ETags.requireMatch(ifMatch, merged.version);
        if (merged.mergedIntoId != null) {
            throw ProblemException.conflict("This municipality already merged into " + merged.mergedIntoId + ".");
        }
        if (id.equals(request.into())) {
            throw ProblemException.invalidField("into", "a municipality cannot merge into itself");
        }
        Municipality successor = repository.findByIdOptional(request.into())
                .orElseThrow(() -> ProblemException.invalidField("into", "no municipality with id " + request.into()));
        if (successor.mergedIntoId != null) {
            throw ProblemException.invalidField("into", "that municipality itself merged into "
                    + successor.mergedIntoId + "; merge into that one");
        }
        merged.mergedIntoId = successor.id;
        merged.mergedOn = request.on();
        repository.flush();
        changes.merged(merged, successor);
        return versioned(merged, List.of());
    }

    public Versioned<MunicipalityView> get(UUID id, List<String> languages) {
        return shown(repository.row(id).orElseThrow(() -> ProblemException.notFound("municipality", id)), languages);
    }

    public Versioned<MunicipalityView> bySlug(String slug, List<String> languages) {
        return shown(repository.rowBySlug(slug).orElseThrow(() -> notFound("slug", slug)), languages);
    }

    public Versioned<MunicipalityView> byOfficialCode(String country, String code, List<String> languages) {
        return shown(repository.rowByOfficialCode(country, code)
                .orElseThrow(() -> notFound("official code", country + " " + code)), languages);
    }

    public Versioned<MunicipalityView> byWikidataId(String wikidataId, List<String> languages) {
        return shown(repository.rowByWikidataId(wikidataId).orElseThrow(() -> notFound("Wikidata id", wikidataId)),
                languages);
    }

    /** A page of municipalities; a name search without an explicit sort comes best match first. */
    public Page<MunicipalityView> list(MunicipalityFilter filter, PageParams paging, List<String> languages) {
        Listing listing = listings.of(paging, SORTABLE, DEFAULT_SORT, "id");
        // updatedSince without a sort makes a sync walk, in updatedAt order; ranking never meets it.
        boolean ranked = filter.name() != null && (paging.sort == null || paging.sort.isBlank()) && !listing.syncWalk();
        MunicipalityRepository.Slice slice = ranked
                ? repository.searchRanked(filter, listing)
                : repository.search(filter, listing);
        return listing.page(slice.items(), slice.total(), MunicipalityRow::updatedAt, m -> List.of(m.id()))
                .map(m -> MunicipalityMapper.toView(m, languages));
    }

    /** Municipalities with coordinates matching the filter; refuses more than {@code limit}. */
    public List<MapPoint> located(MunicipalityFilter filter, BoundingBox box, int limit) {
        List<MapPoint> found = repository.located(filter, box, limit);
        if (found.size() > limit) {
            throw ProblemException.invalidField("filter", "more than " + limit
                    + " municipalities match; narrow the filter (bbox, country, subdivision, kind or name)");
        }
        return found;
    }

    /** The municipalities' names in the reader's languages, where they have one, read in one query. */
    public Map<UUID, String> displayNames(List<MapPoint> points, List<String> languages) {
        return repository.displayNames(points.stream().map(MapPoint::id).toList(), languages);
    }

    /** Locked until the write commits: a concurrent write with the same If-Match then sees the new version (412). */
    private Municipality findForUpdate(UUID id) {
        return repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("municipality", id));
    }

    /** A municipality read as a row, as the reader sees it in their languages. */
    private static Versioned<MunicipalityView> shown(Versioned<MunicipalityRow> m, List<String> languages) {
        return new Versioned<>(MunicipalityMapper.toView(m.body(), languages), m.version());
    }

    private Versioned<MunicipalityView> versioned(Municipality m, List<String> languages) {
        return new Versioned<>(view(m, languages), m.version);
    }

    private MunicipalityView view(Municipality m, List<String> languages) {
        Municipality successor = m.mergedIntoId == null ? null : repository.findById(m.mergedIntoId);
        return MunicipalityMapper.toView(m, languages, successor);
    }

    private static String slugOf(MunicipalityRequest request) {
        String slug = request.slug() != null ? request.slug() : Slugs.of(request.name(), 120);
        if (slug.isEmpty()) {
            throw ProblemException.invalidField("slug", "cannot be derived from this name; please give one");
        }
        return slug;
    }

    private void checkUnique(MunicipalityRequest request, String slug, UUID self) {
        if (repository.taken("slug", slug, self)) {
            throw ProblemException.conflict("A municipality with slug '" + slug + "' already exists.");
        }
        if (repository.taken("wikidataId", request.wikidataId(), self)) {
            throw ProblemException.conflict("A municipality with Wikidata id " + request.wikidataId()
                    + " already exists.");
        }
        if (repository.officialCodeTaken(request.country(), request.officialCode(), self)) {
            throw ProblemException.conflict("A municipality with official code " + request.officialCode()
                    + " already exists in " + request.country() + ".");
        }
    }

    private void persist(Municipality municipality) {
        try {
            repository.persistAndFlush(municipality);
        } catch (PersistenceException e) {
            // A concurrent write won the race for the same slug, Wikidata id or official code.
            throw MunicipalityConflicts.of(e).orElseThrow(() -> e);
        }
    }

    private static ProblemException notFound(String what, String value) {
        return new ProblemException(ProblemType.RESOURCE_NOT_FOUND, 404,
                "No municipality with " + what + " " + value + ".");
    }
}
