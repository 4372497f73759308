package org.twintowns.partnerships.partnership.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.partnerships.partnership.Partnership;

/** Aggregates over the partnerships that match a filter, each computed by PostgreSQL in one query. */
@ApplicationScoped
public class PartnershipStatisticsRepository {

    private static final String BY_TYPE = """
            SELECT p.type, count(*) FROM partnership p WHERE %s GROUP BY p.type""";
    private static final String BY_STATUS = """
            SELECT p.status, count(*) FROM partnership p WHERE %s GROUP BY p.status""";
    /** Counts partnerships, not participants: a three-way partnership with two Ukrainian towns counts once for UA. */
    private static final String BY_PARTICIPANT_COUNTRY = """
            SELECT pp.country_code, count(DISTINCT p.id) FROM partnership p
            JOIN partnership_participant pp ON pp.partnership_id = p.id
            WHERE %s
            GROUP BY pp.country_code
            ORDER BY 2 DESC, 1""";
    private static final String BY_PARTNER_COUNTRY = """
            SELECT pp.country_code, count(DISTINCT p.id) FROM partnership p
            JOIN partnership_participant pp ON pp.partnership_id = p.id
            WHERE %s AND pp.country_code <> :country
            GROUP BY pp.country_code
            ORDER BY 2 DESC, 1""";
    private static final String BY_DECADE = """
            SELECT CAST(FLOOR(EXTRACT(YEAR FROM p.established_on) / 10) * 10 AS INTEGER) AS decade, count(*)
            FROM partnership p
            WHERE %s AND p.established_on IS NOT NULL
            GROUP BY 1
            ORDER BY 1""";
    private static final String BY_YEAR = """
            SELECT CAST(EXTRACT(YEAR FROM p.established_on) AS INTEGER) AS year, count(*),
                   sum(count(*)) OVER (ORDER BY CAST(EXTRACT(YEAR FROM p.established_on) AS INTEGER))
            FROM partnership p
            WHERE %s AND p.established_on IS NOT NULL
            GROUP BY 1
            ORDER BY 1""";

    @Inject
    EntityManager em;

    public long total(PartnershipFilter filter) {
        WhereClause where = PartnershipWhere.of(filter);
        return SqlRows.count(where.bind(em.createNativeQuery(
                "SELECT count(*) FROM partnership p WHERE " + where.condition())).getSingleResult());
    }

    public List<TypeCount> byType(PartnershipFilter filter) {
        return rows(BY_TYPE, filter).stream()
                .map(r -> new TypeCount(Partnership.Type.valueOf(SqlRows.text(r[0])), SqlRows.count(r[1])))
                .toList();
    }

    public List<StatusCount> byStatus(PartnershipFilter filter) {
        return rows(BY_STATUS, filter).stream()
                .map(r -> new StatusCount(Partnership.Status.valueOf(SqlRows.text(r[0])), SqlRows.count(r[1])))
                .toList();
    }

    /** Partnerships per country of their participants, leaving out the participants in {@code country} when given. */
    public List<CountryCount> byPartnerCountry(PartnershipFilter filter) {
        String sql = filter.country() != null ? BY_PARTNER_COUNTRY : BY_PARTICIPANT_COUNTRY;
        return rows(sql, filter).stream()
                .map(r -> new CountryCount(SqlRows.text(r[0]), SqlRows.count(r[1])))
                .toList();
    }

    public List<DecadeCount> byDecade(PartnershipFilter filter) {
        return rows(BY_DECADE, filter).stream()
                .map(r -> new DecadeCount(SqlRows.integer(r[0]), SqlRows.count(r[1])))
                .toList();
    }

    /** New partnerships per founding year, with the running total; only years that have any. */
    public List<YearCount> byYear(PartnershipFilter filter) {
        return rows(BY_YEAR, filter).stream()
                .map(r -> new YearCount(SqlRows.integer(r[0]), SqlRows.count(r[1]), SqlRows.count(r[2])))
                .toList();
    }

    private List<Object[]> rows(String template, PartnershipFilter filter) {
        WhereClause where = PartnershipWhere.of(filter);
        List<?> rows = where.bind(em.createNativeQuery(template.formatted(where.condition()))).getResultList();
        return rows.stream().map(Object[].class::cast).toList();
    }

    /** How many partnerships are of a type. */
    public record TypeCount(Partnership.Type type, long count) {
    }

    /** How many partnerships are in a status. */
    public record StatusCount(Partnership.Status status, long count) {
    }

    /** How many partnerships have a participant in a country. */
    public record CountryCount(String country, long count) {
    }

    /** How many partnerships were founded in a decade (1990 for 1990–1999). */
    public record DecadeCount(int decade, long count) {
    }

    /** How many were founded in a year, and how many up to and including it. */
    public record YearCount(int year, long count, long cumulative) {
    }
}
