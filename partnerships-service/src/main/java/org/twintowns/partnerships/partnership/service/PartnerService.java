package org.twintowns.partnerships.partnership.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.partnerships.partnership.repository.PartnerRepository;
import org.twintowns.partnerships.partnership.rest.PartnerView;

/** Who a municipality is partnered with. */
@ApplicationScoped
public class PartnerService {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "country", "country", "establishedOn", "establishedOn", "updatedAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("name").and("municipalityId").and("partnershipId");

    @Inject
    PartnerRepository repository;

    @Inject
    ParticipantLookup lookup;

    @Inject
    Listings listings;

    /** One page of partners, named in the reader's languages. */
    public Page<PartnerView> partnersOf(UUID municipality, PageParams paging, List<String> languages) {
        Listing listing = listings.of(paging, SORTABLE, DEFAULT_SORT, "partnershipId", "municipalityId");
        if (!lookup.exists(municipality)) {
            throw ProblemException.notFound("municipality", municipality);
        }
        long total = repository.count(municipality, listing);
        List<PartnerRepository.Partner> partners = total == 0 ? List.of() : repository.find(municipality, listing);
        Map<UUID, String> displayNames = lookup.displayNames(
                partners.stream().map(PartnerRepository.Partner::municipalityId).toList(), languages);
        return listing.page(partners, total, PartnerRepository.Partner::updatedAt,
                p -> List.of(p.partnershipId(), p.municipalityId())).map(p -> new PartnerView(p.municipalityId(),
                p.name(), displayNames.getOrDefault(p.municipalityId(), p.name()), p.country(),
                p.partnershipId(), p.type(), p.status(), p.establishedOn(), p.updatedAt()));
    }
}
