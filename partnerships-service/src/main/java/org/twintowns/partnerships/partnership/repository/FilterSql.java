package org.twintowns.partnerships.partnership.repository;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition of a {@link PartnershipFilter} over {@code partnership p}: fixed fragments
 * joined with AND, every value a named parameter. Subqueries use their own {@code f_} aliases so
 * that the condition fits into any query that selects from {@code partnership p}.
 */
final class FilterSql {

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

    private final String sql;
    private final Map<String, Object> parameters;

    private FilterSql(String sql, Map<String, Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    static FilterSql of(PartnershipFilter filter) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.ids() != null) {
            clauses.add(WITH_IDS);
            parameters.put("ids", filter.ids());
        }
        if (filter.municipality() != null) {
            clauses.add(MUNICIPALITY);
            parameters.put("municipality", filter.municipality());
        }
        if (filter.country() != null && filter.partnerCountry() != null) {
            clauses.add(COUNTRY_PAIR);
        } else if (filter.country() != null) {
            clauses.add(IN_COUNTRY);
        } else if (filter.partnerCountry() != null) {
            clauses.add(IN_PARTNER_COUNTRY);
        }
        if (filter.country() != null) {
            parameters.put("country", filter.country());
        }
        if (filter.partnerCountry() != null) {
            parameters.put("partnerCountry", filter.partnerCountry());
        }
        if (filter.state() != null) {
            clauses.add(IN_STATE);
            parameters.put("state", filter.state());
        }
        if (filter.type() != null) {
            clauses.add(OF_TYPE);
            parameters.put("type", filter.type().name());
        }
        if (filter.status() != null) {
            clauses.add(IN_STATUS);
            parameters.put("status", filter.status().name());
        }
        if (filter.topic() != null) {
            clauses.add(HAS_TOPIC);
            parameters.put("topic", filter.topic());
        }
        if (filter.foundedFrom() != null) {
            clauses.add(FOUNDED_FROM);
            parameters.put("foundedFrom", LocalDate.of(filter.foundedFrom(), 1, 1));
        }
        if (filter.foundedTo() != null) {
            clauses.add(FOUNDED_TO);
            parameters.put("foundedBefore", LocalDate.of(filter.foundedTo() + 1, 1, 1));
        }
        return new FilterSql(clauses.isEmpty() ? "TRUE" : String.join("\n  AND ", clauses), parameters);
    }

    /** The condition, to follow WHERE. */
    String condition() {
        return sql;
    }

    boolean has(String parameter) {
        return parameters.containsKey(parameter);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
