package org.twintowns.partnerships.municipality.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.paging.Sorting;
import org.twintowns.commons.persistence.UniqueViolations;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.commons.text.Slugs;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.mapping.MunicipalityMapper;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository.MunicipalityFilter;
import org.twintowns.partnerships.municipality.rest.MunicipalityRequest;
import org.twintowns.partnerships.municipality.rest.MunicipalityView;

/** Registering and finding municipalities; owns the transactions and the rules. */
@ApplicationScoped
public class MunicipalityService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "country", "countryCode", "createdAt", "createdAt", "slug", "slug");
    private static final Sort DEFAULT_SORT = Sort.by("name").and("id");

    @Inject
    MunicipalityRepository repository;

    @Transactional
    public MunicipalityView create(MunicipalityRequest request) {
        checkCodes(request);
        String slug = request.slug() != null ? request.slug() : Slugs.of(request.name(), 120);
        if (slug.isEmpty()) {
            throw ProblemException.invalidField("slug", "cannot be derived from this name; please give one");
        }
        if (repository.slugTaken(slug)) {
            throw ProblemException.conflict("A municipality with slug '" + slug + "' already exists.");
        }
        if (request.wikidataId() != null && repository.wikidataIdTaken(request.wikidataId())) {
            throw ProblemException.conflict("A municipality with Wikidata id " + request.wikidataId()
                    + " already exists.");
        }
        Municipality municipality = MunicipalityMapper.toEntity(request, slug);
        try {
            repository.persistAndFlush(municipality);
        } catch (PersistenceException e) {
            // A concurrent create won the race for the same slug or Wikidata id.
            if (UniqueViolations.isUniqueViolation(e)) {
                throw ProblemException.conflict("A municipality with this slug or Wikidata id already exists.");
            }
            throw e;
        }
        return MunicipalityMapper.toView(municipality);
    }

    public MunicipalityView get(UUID id) {
        return repository.findByIdOptional(id)
                .map(MunicipalityMapper::toView)
                .orElseThrow(() -> ProblemException.notFound("municipality", id));
    }

    public Page<MunicipalityView> list(MunicipalityFilter filter, PageParams paging) {
        Sort sort = Sorting.parse(paging.sort, SORTABLE, DEFAULT_SORT);
        MunicipalityRepository.Slice slice = repository.search(filter, sort, paging.page, paging.size);
        return Page.of(slice.items(), paging, slice.total()).map(MunicipalityMapper::toView);
    }

    private static void checkCodes(MunicipalityRequest request) {
        if (!COUNTRIES.contains(request.country())) {
            throw ProblemException.invalidField("country", "'" + request.country() + "' is not an ISO 3166-1 country");
        }
        if (request.subdivision() != null && !request.subdivision().startsWith(request.country() + "-")) {
            throw ProblemException.invalidField("subdivision", "must be a subdivision of " + request.country());
        }
    }
}
