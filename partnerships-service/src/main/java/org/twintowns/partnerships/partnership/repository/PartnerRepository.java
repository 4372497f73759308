package org.twintowns.partnerships.partnership.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.SqlTimes;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.commons.persistence.SqlOrder;

/** A municipality's partners: every other participant of every partnership it takes part in. */
@ApplicationScoped
public class PartnerRepository {

    /**
     * A partner changes when its partnership does or the partner municipality does (its name, its
     * country): the later of the two.
     */
    private static final String UPDATED_AT = "greatest(p.updated_at, m.updated_at)";
    private static final Map<String, String> ORDER_COLUMNS = Map.of(
            "name", "m.name", "country", "m.country_code", "establishedOn", "p.established_on",
            "updatedAt", UPDATED_AT, "municipalityId", "m.id", "partnershipId", "p.id");

    private static final String FROM = """
            FROM partnership_participant self
            JOIN partnership p ON p.id = self.partnership_id
            JOIN partnership_participant other
              ON other.partnership_id = self.partnership_id AND other.municipality_id <> self.municipality_id
            JOIN municipality m ON m.id = other.municipality_id
            WHERE\s""";

    @Inject
    EntityManager em;

    /** The number of partners a list request matches, before its offset and limit. */
    public long count(UUID municipality, Listing listing) {
        WhereClause where = where(municipality, listing);
        return SqlRows.count(where.bind(em.createNativeQuery("SELECT count(*) " + FROM + where.condition()))
                .getSingleResult());
    }

    public List<Partner> find(UUID municipality, Listing listing) {
        WhereClause where = where(municipality, listing);
        List<?> rows = where.bind(em.createNativeQuery("""
                        SELECT m.id, m.name, m.country_code, p.id, p.type, p.status, p.established_on,
                               greatest(p.updated_at, m.updated_at)
                        """ + FROM + where.condition() + " ORDER BY " + SqlOrder.of(listing.sort(), ORDER_COLUMNS)
                        + SqlPage.of(listing.offset(), listing.limit())))
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Partner(
                SqlRows.uuid(r[0]), SqlRows.text(r[1]), SqlRows.text(r[2]), SqlRows.uuid(r[3]),
                Partnership.Type.valueOf(SqlRows.text(r[4])), Partnership.Status.valueOf(SqlRows.text(r[5])),
                SqlRows.date(r[6]), SqlTimes.utc(r[7]))).toList();
    }

    private static WhereClause where(UUID municipality, Listing listing) {
        // The key follows the sort's tie-breakers: the partnership, then the partner in it.
        return listing.restrict(new WhereClause().and("self.municipality_id = :municipality", "municipality",
                municipality), UPDATED_AT, "p.id", "m.id");
    }

    /** One partner in one partnership. */
    public record Partner(UUID municipalityId, String name, String country, UUID partnershipId,
                          Partnership.Type type, Partnership.Status status, LocalDate establishedOn,
                          OffsetDateTime updatedAt) {
    }
}
