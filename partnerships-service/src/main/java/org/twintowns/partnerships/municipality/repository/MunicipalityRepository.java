package org.twintowns.partnerships.municipality.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.persistence.LikePatterns;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.search.SearchKeys;

/** Queries over municipalities. */
@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, UUID> {

    private static final String FROM = "from Municipality m where ";

    /**
     * The municipality, its row locked until the transaction ends: conditional writes (If-Match) queue up
     * here, so that each compares the version the previous one committed.
     */
    public Optional<Municipality> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Municipality> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Municipality> findByOfficialCode(String country, String officialCode) {
        return find("countryCode = ?1 and officialCode = ?2", country, officialCode).firstResultOptional();
    }

    public Optional<Municipality> findByWikidataId(String wikidataId) {
        return find("wikidataId", wikidataId).firstResultOptional();
    }

    /** True when another municipality than {@code self} (null for a new one) uses the value. */
    public boolean taken(String field, Object value, UUID self) {
        if (value == null) {
            return false;
        }
        return self == null
                ? count(field, value) > 0
                : count(field + " = ?1 and id <> ?2", value, self) > 0;
    }

    public boolean officialCodeTaken(String country, String officialCode, UUID self) {
        if (officialCode == null) {
            return false;
        }
        return self == null
                ? count("countryCode = ?1 and officialCode = ?2", country, officialCode) > 0
                : count("countryCode = ?1 and officialCode = ?2 and id <> ?3", country, officialCode, self) > 0;
    }

    /** One page of municipalities matching the filter, and the number of all that match. */
    public Slice search(MunicipalityFilter filter, Sort sort, int pageIndex, int pageSize) {
        WhereClause where = where(filter);
        var query = find(FROM + where.condition(), sort, where.parameters()).page(Page.of(pageIndex, pageSize));
        return new Slice(query.list(), query.count());
    }

    /** Every municipality matching the filter that has coordinates, up to {@code limit + 1} of them. */
    public List<Municipality> located(MunicipalityFilter filter, int limit) {
        WhereClause where = where(filter).and("m.latitude is not null");
        return find(FROM + where.condition(), Sort.by("name").and("id"), where.parameters())
                .range(0, limit).list();
    }

    /** Conditions on alias {@code m}. */
    private static WhereClause where(MunicipalityFilter filter) {
        WhereClause where = new WhereClause();
        if (filter.ids() != null) {
            where.and("m.id in :ids", "ids", filter.ids());
        }
        if (filter.country() != null) {
            where.and("m.countryCode = :country", "country", filter.country());
        }
        if (filter.subdivision() != null) {
            where.and("m.subdivision = :subdivision", "subdivision", filter.subdivision());
        }
        if (filter.kind() != null) {
            where.and("m.kind = :kind", "kind", filter.kind());
        }
        if (filter.name() != null) {
            // Any name the place is or was known by, in any script, spelled any common way.
            where.and("(m.searchKey like :name escape '\\' or exists (select 1 from MunicipalityName n "
                    + "where n.municipality = m and n.searchKey like :name escape '\\'))",
                    "name", LikePatterns.containing(SearchKeys.of(filter.name())));
        }
        return where;
    }

    /** The filters a client can combine when listing municipalities; null means "any". */
    public record MunicipalityFilter(List<UUID> ids, String country, String subdivision, Municipality.Kind kind, String name) {
    }

    /** A page of results with the total count. */
    public record Slice(List<Municipality> items, long total) {
    }
}
