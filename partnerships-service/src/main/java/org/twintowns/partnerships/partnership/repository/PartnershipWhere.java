package org.twintowns.partnerships.partnership.repository;

import java.time.LocalDate;
import org.twintowns.commons.persistence.WhereClause;

/**
 * The WHERE clause of a {@link PartnershipFilter} over {@code partnership p}. Subqueries use their
 * own {@code f_} aliases so that the condition fits into any query that selects from
 * {@code partnership p}.
 *
 * <p>A filter on the participants (a municipality, a country, a pair of countries, a state) or on a
 * topic is a set of partnership ids, written in one of two ways. {@link #of}: a condition checked per
 * partnership (EXISTS), so that PostgreSQL may walk the list's order and stop after a page when many
 * match (country=DE). {@link #gathered}: the set gathered once (an InitPlan from an index of the
 * participants' places, of the participants by municipality, of the topics) that the partnerships'
 * primary key is then probed with. A count has no order to walk and is gathered: per partnership,
 * PostgreSQL's plan for all parameter values read 24,113 buffers to count the first 1,001 of country=DE
 * on the demo registry, gathered 3,476. A page is gathered when few match
 * ({@link PartnershipRepository#find}).
 *
 * <p>The participants' places are their municipalities' country and state, which PostgreSQL copies
 * onto each participant row (migration V11): the filters on places need no join to the municipalities.
 */
final class PartnershipWhere {

    /** A set of partnership ids: {@code SELECT id FROM from WHERE where}. */
    private record IdSet(String id, String from, String where) {

        /** Per partnership: whether it is in the set. */
        String contains() {
            return "EXISTS (SELECT 1 FROM " + from + " WHERE " + id + " = p.id AND " + where + ")";
        }

        /** The set gathered once, then looked up by primary key. */
        String gathered() {
            return "p.id = ANY (ARRAY(SELECT " + id + " FROM " + from + " WHERE " + where + "))";
        }
    }

    private static final String WITH_IDS = "p.id IN (:ids)";
    private static final IdSet MUNICIPALITY = new IdSet("f_pp.partnership_id", "partnership_participant f_pp",
            "f_pp.municipality_id = :municipality");
    private static final IdSet IN_COUNTRY = new IdSet("f_pp.partnership_id", "partnership_participant f_pp",
            "f_pp.country_code = :country");
    private static final IdSet IN_PARTNER_COUNTRY = new IdSet("f_pp.partnership_id", "partnership_participant f_pp",
            "f_pp.country_code = :partnerCountry");
    /** One participant in :country and another (a different one) in :partnerCountry. */
    private static final IdSet COUNTRY_PAIR = new IdSet("f_a.partnership_id", """
            partnership_participant f_a
            JOIN partnership_participant f_b
              ON f_b.partnership_id = f_a.partnership_id AND f_b.municipality_id <> f_a.municipality_id""",
            "f_a.country_code = :country AND f_b.country_code = :partnerCountry");
    private static final IdSet IN_STATE = new IdSet("f_pp.partnership_id", "partnership_participant f_pp",
            "f_pp.subdivision = :state");
    private static final IdSet HAS_TOPIC = new IdSet("f_t.partnership_id", "partnership_topic f_t",
            "f_t.topic = :topic");
    private static final String OF_TYPE = "p.type = :type";
    private static final String IN_STATUS = "p.status = :status";
    private static final String FOUNDED_FROM = "p.established_on >= :foundedFrom";
    private static final String FOUNDED_TO = "p.established_on < :foundedBefore";

    private PartnershipWhere() {
    }

    /** For pages, maps and statistics: the sets as conditions per partnership. */
    static WhereClause of(PartnershipFilter filter) {
        return of(filter, false);
    }

    /** For a count, or a page of few matches: the sets gathered first (see the class comment). */
    static WhereClause gathered(PartnershipFilter filter) {
        return of(filter, true);
    }

    /** Whether the filter has a condition that is a set of partnerships (participants, places, topics). */
    static boolean hasSets(PartnershipFilter filter) {
        return filter.municipality() != null || filter.country() != null || filter.partnerCountry() != null
                || filter.state() != null || filter.topic() != null;
    }

    private static WhereClause of(PartnershipFilter filter, boolean gathered) {
        WhereClause where = new WhereClause();
        if (filter.ids() != null) {
            where.and(WITH_IDS, "ids", filter.ids());
        }
        if (filter.municipality() != null) {
            where.and(set(MUNICIPALITY, gathered), "municipality", filter.municipality());
        }
        if (filter.country() != null && filter.partnerCountry() != null) {
            where.and(set(COUNTRY_PAIR, gathered));
        } else if (filter.country() != null) {
            where.and(set(IN_COUNTRY, gathered));
        } else if (filter.partnerCountry() != null) {
            where.and(set(IN_PARTNER_COUNTRY, gathered));
        }
        if (filter.country() != null) {
            where.with("country", filter.country());
        }
        if (filter.partnerCountry() != null) {
            where.with("partnerCountry", filter.partnerCountry());
        }
        if (filter.state() != null) {
            where.and(set(IN_STATE, gathered), "state", filter.state());
        }
        if (filter.type() != null) {
            where.and(OF_TYPE, "type", filter.type().name());
        }
        if (filter.status() != null) {
            where.and(IN_STATUS, "status", filter.status().name());
        }
        if (filter.topic() != null) {
            where.and(set(HAS_TOPIC, gathered), "topic", filter.topic());
        }
        if (filter.foundedFrom() != null) {
            where.and(FOUNDED_FROM, "foundedFrom", LocalDate.of(filter.foundedFrom(), 1, 1));
        }
        if (filter.foundedTo() != null) {
            where.and(FOUNDED_TO, "foundedBefore", LocalDate.of(filter.foundedTo() + 1, 1, 1));
        }
        return where;
    }

    private static String set(IdSet set, boolean gathered) {
        return gathered ? set.gathered() : set.contains();
    }
}
