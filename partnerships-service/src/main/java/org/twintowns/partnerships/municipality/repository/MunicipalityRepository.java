package org.twintowns.partnerships.municipality.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.twintowns.partnerships.municipality.Municipality;

/** Queries over municipalities. */
@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, UUID> {

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    public boolean wikidataIdTaken(String wikidataId) {
        return count("wikidataId", wikidataId) > 0;
    }

    /** One page of municipalities matching the filter, and the number of all that match. */
    public Slice search(MunicipalityFilter filter, Sort sort, int pageIndex, int pageSize) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.country() != null) {
            where.add("countryCode = :country");
            params.and("country", filter.country());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.name() != null) {
            where.add("lower(name) like :name escape '\\'");
            params.and("name", "%" + escapeLike(filter.name().toLowerCase(Locale.ROOT)) + "%");
        }
        String query = String.join(" and ", where);
        var panacheQuery = find(query, sort, params).page(Page.of(pageIndex, pageSize));
        return new Slice(panacheQuery.list(), panacheQuery.count());
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The filters a client can combine when listing municipalities; null means "any". */
    public record MunicipalityFilter(String country, Municipality.Kind kind, String name) {
    }

    /** A page of results with the total count. */
    public record Slice(List<Municipality> items, long total) {
    }
}
