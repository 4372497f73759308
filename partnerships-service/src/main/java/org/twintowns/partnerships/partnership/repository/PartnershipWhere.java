package org.twintowns.partnerships.partnership.repository;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.persistence.PlanValues;
import org.twintowns.commons.persistence.WhereClause;

/**
 * The WHERE clause of a {@link PartnershipFilter} over {@code partnership p}. Subqueries use their
 * own {@code f_} aliases so that the condition fits into any query that selects from
 * {@code partnership p}.
 *
 * <p>A filter on the participants (a municipality, a country, a pair of countries, a state) or on a topic is a
 * set of partnerships, written in one of two ways. {@link #of} and {@link #walked}: a test of each partnership,
 * so that PostgreSQL may walk the list's order and stop after a page when many match (country=DE).
 * {@link #gathered}: the set read from an index first (of the participants by municipality, of the topics, of
 * the places), then sorted.
 * A count has no order to walk and is gathered: per partnership, PostgreSQL's plan for all parameter values read
 * 24,113 buffers to count the first 1,001 of country=DE on the demo registry, gathered 3,476. A page is gathered
 * when few match ({@link PartnershipRepository#find}).
 *
 * <p>The places of a partnership's participants are on its own row (migration V12): arrays of their countries
 * and states, with GIN indexes. Gathered, a place is the index's operator ({@code @>}). Per partnership it is
 * the same test wrapped in {@code IS TRUE}, which the index cannot answer, so that the walk's statement has no
 * plan but a walk or a scan: PostgreSQL plans a prepared statement for its values five times, then keeps one
 * plan for any values if that plan seems no dearer, and for a place it cannot see it takes 24 of 4,894 to
 * match. Given the index, that plan reads the place's whole set and sorts it (0.62 ms for Poland's 407, which
 * its own plan walks in 0.13 ms; all 4,894 of Germany for a page of 20), and it seemed no dearer than Poland's
 * walk; without the index it is a scan of the table, dearer than any walk, and never kept.
 *
 * <p>{@link #walked}, for a page of one place (a country, a partner country or a state), goes one step further:
 * the value is out of the plan's sight as well ({@code (SELECT CAST(:country AS text))}, which PostgreSQL
 * computes once, before the walk). Seeing it, PostgreSQL planned the page anew at every request, each plan for
 * its own value no dearer than one for all; not seeing it, it makes the one plan, and keeps it from the sixth
 * run on. The indexes of the lists' orders carry the places (migration V15), so the walk reads the index alone.
 * Poland's first page: 0.18 ms planned each time, 0.14 ms kept (pgbench). The unseen place is written
 * {@code value = ANY(p.participant_countries)}, not {@code @>}: for an unseen value PostgreSQL takes a
 * containment to match 0.5 % of the registry (24 of 4,894), and on the demo registry, whose founding dates are
 * mostly unknown, it then judged a scan and a sort of the whole table cheaper than the walk (Thuringia's page
 * 3.9 ms instead of 0.3 ms); {@code = ANY} of an array column it takes to match 4.9 % (239), and walks. Two
 * places (a pair of countries, a country and a state) stay in sight: PostgreSQL multiplies the two guesses to a
 * dozen matches, and would scan again. Maps, statistics and estimates ({@link #of}) keep the values in sight,
 * since their plans depend on how many match.
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

    private static final String WITH_IDS = "p.id = ANY(:ids)";
    private static final IdSet MUNICIPALITY = new IdSet("f_pp.partnership_id", "partnership_participant f_pp",
            "f_pp.municipality_id = :municipality");
    /** One participant in the country (the arrays of V12: one entry per participant, so {DE,DE} for two). */
    private static final String IN_COUNTRY = "p.participant_countries @> ARRAY[%1$s]";
    /** One participant in the country, and another (a different one) in the partner country, another country. */
    private static final String COUNTRY_PAIR = "p.participant_countries @> ARRAY[%1$s, %2$s]";
    /** Two participants in the country: the pair of one country ({@link #COUNTRY_PAIR} takes one for both). */
    private static final String TWO_IN_COUNTRY = "p.participant_countries @> ARRAY[%1$s] AND "
            + "cardinality(array_positions(p.participant_countries, %1$s)) >= 2";
    private static final String IN_STATE = "p.participant_subdivisions @> ARRAY[%1$s]";
    /** One participant in the country, for a walk with the value unseen (see the class comment). */
    private static final String WALKED_IN_COUNTRY = "%1$s = ANY(p.participant_countries)";
    /** One participant in the state, for a walk with the value unseen (see the class comment). */
    private static final String WALKED_IN_STATE = "%1$s = ANY(p.participant_subdivisions)";
    /** A row of the places' table in the place, its value unseen ({@link #placed}). */
    private static final String IN_PLACE = "t.place = " + PlanValues.of("place", "text", true);
    private static final IdSet HAS_TOPIC = new IdSet("f_t.partnership_id", "partnership_topic f_t",
            "f_t.topic = :topic");
    private static final String OF_TYPE = "p.type = :type";
    private static final String IN_STATUS = "p.status = :status";
    private static final String FOUNDED_FROM = "p.established_on >= :foundedFrom";
    private static final String FOUNDED_TO = "p.established_on < :foundedBefore";

    private PartnershipWhere() {
    }

    /** How a condition on a set of partnerships is written (see the class comment). */
    private enum Form {
        /** Read from an index first, then looked up. */
        GATHERED,
        /** A test of each partnership, its values in the statement's plan. */
        PER_ROW,
        /** A test of each partnership, its values unseen by the plan: for the walk of a page. */
        WALKED
    }

    /** For maps, statistics and estimates: the sets as conditions per partnership. */
    static WhereClause of(PartnershipFilter filter) {
        return of(filter, Form.PER_ROW);
    }

    /** For a count, or a page of few matches: the sets gathered first (see the class comment). */
    static WhereClause gathered(PartnershipFilter filter) {
        return of(filter, Form.GATHERED);
    }

    /**
     * For a page of many matches, walked in the listing's order (see the class comment), of a filter of one place
     * alone, out of the plan's sight: with another condition (a type, a status, years, or the listing's own window
     * of updatedAt), PostgreSQL needs the place's value to choose between walking the order and reading the other
     * condition's rows, and without it it read and sorted all of Germany's partnerships for a page of its
     * twinnings (12 ms); with two places it would guess a dozen matches and scan. Such filters are {@link #of}.
     */
    static WhereClause walked(PartnershipFilter filter, Listing listing) {
        return of(filter, onePlaceAlone(filter, listing) ? Form.WALKED : Form.PER_ROW);
    }

    /**
     * For a page of a filter of one place alone (a country, a partner country or a state, nothing else, no window
     * of the listing), the condition on the places' table {@code partnership_place t} (V16) that reads it in that
     * place's order; empty for any other filter. The place is out of the plan's sight, as in {@link #walked}: the
     * place's index is the plan for every place, and PostgreSQL keeps it.
     */
    static Optional<WhereClause> placed(PartnershipFilter filter, Listing listing) {
        if (!onePlaceAlone(filter, listing)) {
            return Optional.empty();
        }
        String place = filter.state() != null ? filter.state()
                : filter.country() != null ? filter.country() : filter.partnerCountry();
        return Optional.of(new WhereClause().and(IN_PLACE, "place", place));
    }

    /** Whether the filter is one place (a country, a partner country or a state) and nothing else. */
    private static boolean onePlaceAlone(PartnershipFilter filter, Listing listing) {
        boolean placesOnly = filter.ids() == null && filter.municipality() == null && filter.type() == null
                && filter.status() == null && filter.topic() == null && filter.foundedFrom() == null
                && filter.foundedTo() == null && !listing.restricts();
        int places = (filter.country() != null ? 1 : 0) + (filter.partnerCountry() != null ? 1 : 0)
                + (filter.state() != null ? 1 : 0);
        return placesOnly && places == 1;
    }

    /** Whether the filter has a condition that is a set of partnerships (participants, places, topics). */
    static boolean hasSets(PartnershipFilter filter) {
        return filter.municipality() != null || filter.country() != null || filter.partnerCountry() != null
                || filter.state() != null || filter.topic() != null;
    }

    private static WhereClause of(PartnershipFilter filter, Form form) {
        boolean gathered = form == Form.GATHERED;
        WhereClause where = new WhereClause();
        if (filter.ids() != null) {
            where.and(WITH_IDS, "ids", filter.ids().toArray(UUID[]::new));
        }
        if (filter.municipality() != null) {
            where.and(set(MUNICIPALITY, gathered), "municipality", filter.municipality());
        }
        if (filter.country() != null && filter.partnerCountry() != null) {
            where.and(place(filter.country().equals(filter.partnerCountry()) ? TWO_IN_COUNTRY : COUNTRY_PAIR, form,
                    "country", "partnerCountry"));
        } else if (filter.country() != null) {
            where.and(place(form == Form.WALKED ? WALKED_IN_COUNTRY : IN_COUNTRY, form, "country"));
        } else if (filter.partnerCountry() != null) {
            where.and(place(form == Form.WALKED ? WALKED_IN_COUNTRY : IN_COUNTRY, form, "partnerCountry"));
        }
        if (filter.country() != null) {
            where.with("country", filter.country());
        }
        if (filter.partnerCountry() != null && !filter.partnerCountry().equals(filter.country())) {
            where.with("partnerCountry", filter.partnerCountry());
        }
        if (filter.state() != null) {
            where.and(place(form == Form.WALKED ? WALKED_IN_STATE : IN_STATE, form, "state"), "state", filter.state());
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

    /**
     * A test of the places on the partnership's row, of the named parameters: by their index (gathered), or of each
     * row only, with the values in the plan or not (see the class comment).
     */
    private static String place(String condition, Form form, String... parameters) {
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = PlanValues.of(parameters[i], "text", form == Form.WALKED);
        }
        String test = condition.formatted(values);
        // An unseen place's = ANY is no operator of the GIN index; the others are, but for IS TRUE.
        return form == Form.GATHERED || form == Form.WALKED ? test : "(" + test + ") IS TRUE";
    }

    private static String set(IdSet set, boolean gathered) {
        return gathered ? set.gathered() : set.contains();
    }
}
