package org.twintowns.partnerships.partnership.repository;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.twintowns.partnerships.partnership.Partnership;

/** A municipality's partners: every other participant of every partnership it takes part in. */
@ApplicationScoped
public class PartnerRepository {

    private static final Map<String, String> ORDER_COLUMNS = Map.of(
            "name", "m.name", "country", "m.country_code", "establishedOn", "p.established_on",
            "municipalityId", "m.id", "partnershipId", "p.id");

    private static final String FROM = """
            FROM partnership_participant self
            JOIN partnership p ON p.id = self.partnership_id
            JOIN partnership_participant other
              ON other.partnership_id = self.partnership_id AND other.municipality_id <> self.municipality_id
            JOIN municipality m ON m.id = other.municipality_id
            WHERE self.municipality_id = :municipality""";

    @Inject
    EntityManager em;

    public long count(UUID municipality) {
        return SqlRows.count(em.createNativeQuery("SELECT count(*) " + FROM)
                .setParameter("municipality", municipality)
                .getSingleResult());
    }

    public List<Partner> find(UUID municipality, Sort sort, int offset, int limit) {
        List<?> rows = em.createNativeQuery("""
                        SELECT m.id, m.name, m.country_code, p.id, p.type, p.status, p.established_on
                        """ + FROM + " ORDER BY " + SqlOrder.of(sort, ORDER_COLUMNS))
                .setParameter("municipality", municipality)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Partner(
                SqlRows.uuid(r[0]), SqlRows.text(r[1]), SqlRows.text(r[2]), SqlRows.uuid(r[3]),
                Partnership.Type.valueOf(SqlRows.text(r[4])), Partnership.Status.valueOf(SqlRows.text(r[5])),
                SqlRows.date(r[6]))).toList();
    }

    /** One partner in one partnership. */
    public record Partner(UUID municipalityId, String name, String country, UUID partnershipId,
                          Partnership.Type type, Partnership.Status status, LocalDate establishedOn) {
    }
}
