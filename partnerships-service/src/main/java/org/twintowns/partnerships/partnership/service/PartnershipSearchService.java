package org.twintowns.partnerships.partnership.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.twintowns.commons.paging.Page;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Listings;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.partnerships.municipality.repository.MunicipalityRepository;
import org.twintowns.partnerships.partnership.config.PartnershipConfig;
import org.twintowns.commons.geo.BoundingBox;
import org.twintowns.commons.geo.MapParams;
import org.twintowns.partnerships.partnership.mapping.GeoJsonMapper;
import org.twintowns.partnerships.partnership.mapping.PartnershipMapper;
import org.twintowns.partnerships.partnership.repository.GeoRow;
import org.twintowns.partnerships.partnership.repository.PartnershipFilter;
import org.twintowns.partnerships.partnership.repository.PartnershipRepository;
import org.twintowns.partnerships.partnership.repository.PartnershipRow;
import org.twintowns.partnerships.partnership.rest.PartnershipFeatureCollection;
import org.twintowns.partnerships.partnership.rest.PartnershipView;

/** Finding partnerships: pages of them, and all of them as a map. */
@ApplicationScoped
public class PartnershipSearchService {

    private static final Map<String, String> SORTABLE = Map.of(
            "establishedOn", "establishedOn", "createdAt", "createdAt", "updatedAt", "updatedAt");
    private static final Sort DEFAULT_SORT = Sort.by("establishedOn").and("id");

    @Inject
    PartnershipRepository repository;

    @Inject
    ParticipantLookup lookup;

    @Inject
    PartnershipConfig config;

    @Inject
    Listings listings;

    /** A page of partnerships, participants named in the reader's languages; internal contacts never. */
    public Page<PartnershipView> list(PartnershipFilter filter, PageParams paging, List<String> languages) {
        Listing listing = listings.of(paging, SORTABLE, DEFAULT_SORT, "id");
        // The participants' names in the reader's languages travel with the page's collections, in one round trip
        // after the page's own.
        JdbcRows.Together reads = JdbcRows.together();
        MunicipalityRepository.ParticipantNames names = lookup.namesWith(reads, listing.limit(), languages);
        PartnershipRepository.Found found = repository.find(filter, listing, reads);
        Map<UUID, String> displayNames = names.displayNames();
        return listing.page(found.page(), found.total(), PartnershipRow::updatedAt, p -> List.of(p.id()))
                .map(p -> PartnershipMapper.toView(p, displayNames, false));
    }

    /** Every matching partnership as a GeoJSON feature; refused when more match than a map can take. */
    public PartnershipFeatureCollection map(PartnershipFilter filter, MapParams map, List<String> languages) {
        int limit = config.geojson().maxFeatures();
        BoundingBox box = map.box();
        long matching = repository.count(filter, box);
        if (matching > limit) {
            throw PartnershipProblems.tooManyResults(matching, limit);
        }
        List<GeoRow> rows = repository.findGeoRows(filter, box);
        // A minimal map names no participants: their names need not be looked up.
        Map<UUID, String> displayNames = map.minimal() ? Map.of() : lookup.displayNames(
                rows.stream().map(GeoRow::municipalityId).collect(Collectors.toSet()), languages);
        PartnershipFeatureCollection collection = GeoJsonMapper.toFeatureCollection(rows, displayNames, map);
        // Partnerships created between the count and the read could still push it over the limit.
        if (collection.features().size() > limit) {
            throw PartnershipProblems.tooManyResults(collection.features().size(), limit);
        }
        return collection;
    }
}
