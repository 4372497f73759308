package org.twintowns.partnerships.partnership.repository;

import java.time.LocalDate;
import org.twintowns.commons.persistence.WhereClause;

/**
 * The WHERE clause of a {@link PartnershipFilter} over {@code partnership p}. Subqueries use their
 * own {@code f_} aliases so that the condition fits into any query that selects from
 * {@code partnership p}.
 */
final class PartnershipWhere {

    private static final String WITH_IDS = "p.id IN (:ids)";
    private static final String MUNICIPALITY = """
            EXISTS (SELECT 1 FROM partnership_participant f_pp
                    WHERE f_pp.partnership_id = p.id AND f_pp.municipality_id = :municipality)""";
    private static final String IN_COUNTRY = """
            EXISTS (SELECT 1 FROM partnership_participant f_pp JOIN municipality f_m ON f_m.id = f_pp.municipality_id
                    WHERE f_pp.partnership_id = p.id AND f_m.country_code = :country)""";
    private static final String IN_PARTNER_COUNTRY = """
            EXISTS (SELECT 1 FROM partnership_participant f_pp JOIN municipality f_m ON f_m.id = f_pp.municipality_id
                    WHERE f_pp.partnership_id = p.id AND f_m.country_code = :partnerCountry)""";
    /** One participant in :country and another (a different one) in :partnerCountry. */
    private static final String COUNTRY_PAIR = """
            EXISTS (SELECT 1 FROM partnership_participant f_a
                    JOIN municipality f_ma ON f_ma.id = f_a.municipality_id
                    JOIN partnership_participant f_b
                      ON f_b.partnership_id = f_a.partnership_id AND f_b.municipality_id <> f_a.municipality_id
                    JOIN municipality f_mb ON f_mb.id = f_b.municipality_id
                    WHERE f_a.partnership_id = p.id
                      AND f_ma.country_code = :country AND f_mb.country_code = :partnerCountry)""";
    private static final String IN_STATE = """
            EXISTS (SELECT 1 FROM partnership_participant f_pp JOIN municipality f_m ON f_m.id = f_pp.municipality_id
                    WHERE f_pp.partnership_id = p.id AND f_m.subdivision = :state)""";
    private static final String HAS_TOPIC = """
            EXISTS (SELECT 1 FROM partnership_topic f_t WHERE f_t.partnership_id = p.id AND f_t.topic = :topic)""";
    private static final String OF_TYPE = "p.type = :type";
    private static final String IN_STATUS = "p.status = :status";
    private static final String FOUNDED_FROM = "p.established_on >= :foundedFrom";
    private static final String FOUNDED_TO = "p.established_on < :foundedBefore";

    private PartnershipWhere() {
    }

    static WhereClause of(PartnershipFilter filter) {
        WhereClause where = new WhereClause();
        if (filter.ids() != null) {
            where.and(WITH_IDS, "ids", filter.ids());
        }
        if (filter.municipality() != null) {
            where.and(MUNICIPALITY, "municipality", filter.municipality());
        }
        if (filter.country() != null && filter.partnerCountry() != null) {
            where.and(COUNTRY_PAIR);
        } else if (filter.country() != null) {
            where.and(IN_COUNTRY);
        } else if (filter.partnerCountry() != null) {
            where.and(IN_PARTNER_COUNTRY);
        }
        if (filter.country() != null) {
            where.with("country", filter.country());
        }
        if (filter.partnerCountry() != null) {
            where.with("partnerCountry", filter.partnerCountry());
        }
        if (filter.state() != null) {
            where.and(IN_STATE, "state", filter.state());
        }
        if (filter.type() != null) {
            where.and(OF_TYPE, "type", filter.type().name());
        }
        if (filter.status() != null) {
            where.and(IN_STATUS, "status", filter.status().name());
        }
        if (filter.topic() != null) {
            where.and(HAS_TOPIC, "topic", filter.topic());
        }
        if (filter.foundedFrom() != null) {
            where.and(FOUNDED_FROM, "foundedFrom", LocalDate.of(filter.foundedFrom(), 1, 1));
        }
        if (filter.foundedTo() != null) {
            where.and(FOUNDED_TO, "foundedBefore", LocalDate.of(filter.foundedTo() + 1, 1, 1));
        }
        return where;
    }
}
