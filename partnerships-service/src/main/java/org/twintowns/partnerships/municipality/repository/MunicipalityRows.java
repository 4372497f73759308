package org.twintowns.partnerships.municipality.repository;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.paging.Totals;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.PlanValues;
import org.twintowns.commons.persistence.PlanValues.ArrayStatement;
import org.twintowns.commons.persistence.SqlTimes;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.partnerships.municipality.Municipality;
import org.twintowns.partnerships.municipality.MunicipalityName;

/**
 * Reads list pages of municipalities as {@link MunicipalityRow}s: the page's columns in one statement,
 * their other names in a second, only when the page has a row with other names, and the names of the
 * municipalities some of them merged into in a third, only when the page has such a row. Issue 21: as entities, a page of
 * 20 cost more in Hibernate (hydrating and tracking 20 entities, batch-loading their names collection)
 * than in its statements. A GET by id (and every look-up by a unique key) reads one row with its names ({@link #one}).
 * Read with {@link JdbcRows}, straight from JDBC:
 * Hibernate's handling of the two native statements had become the larger part of a list's time.
 *
 * <p>The names are a statement of their own rather than a subquery per row (json_agg): PostgreSQL
 * scans a small names table (the demo's 232 rows) for every row of the page, three times the two
 * statements' cost.
 *
 * <p>The successors' names are not joined to the page (they were, as a LEFT JOIN of municipality to itself):
 * PostgreSQL plans a page filtered by a large country anew at every run (its own plan for France is cheaper
 * than one for any country), and planning the join of a table of twelve indexes to itself cost it more than
 * the page did. Without the join the statement ran 1.6 to 1.8 times as often a second (pgbench, France's
 * first page), and few pages have a merged municipality at all.
 */
final class MunicipalityRows {

    /** The columns of a {@link MunicipalityRow} ({@link #row}). */
    private static final String ROW = """
            m.id, m.slug, m.name, m.kind, m.country_code, m.subdivision, m.official_code, m.wikidata_id,
                   m.population, m.population_year, m.latitude, m.longitude, m.website,
                   m.merged_into_id, m.merged_on, m.created_at, m.updated_at""";

    /**
     * The columns, and whether the row has other names at all: few have (206 of the demo's 14,652), so most
     * pages need no second statement. The test is a subquery with a limit, which PostgreSQL answers with one
     * probe of the names' index per row. Written as EXISTS it hashed the whole names table at every execution
     * instead, a cost that grows with the table: a page of 20 took PostgreSQL 0.094 ms that way, 0.078 ms with a
     * probe per row, 0.064 ms without the test, and 0.131 ms with the names' own statement after it (pgbench,
     * one client, the demo registry).
     */
    private static final String COLUMNS = ROW + """
            ,
                   (SELECT true FROM municipality_name n WHERE n.municipality_id = m.id LIMIT 1) IS NOT NULL AS named""";

    private static final String SELECT = "SELECT " + COLUMNS + " FROM municipality m WHERE %s";

    /** {@link #SELECT} and the head of the change feed, to confirm a kept total ({@link Totals#kept}). */
    private static final String SELECT_AND_HEAD = "SELECT " + COLUMNS + ", " + Totals.HEAD_COLUMN
            + " FROM municipality m WHERE %s";

    private static final ArrayStatement BY_IDS = PlanValues.anyOfIn(SELECT.formatted("m.id = %s"), "ids", "uuid");

    private static final ArrayStatement SUCCESSORS = PlanValues.anyOfIn(
            "SELECT s.id, s.name FROM municipality s WHERE s.id = %s", "ids", "uuid");

    /** In the order of the entity's collection (its @OrderBy), so that displayName picks the same name. */
    private static final ArrayStatement OTHER_NAMES = PlanValues.anyOfIn("""
            SELECT n.municipality_id, n.name, n.language, n.kind, n.used_until FROM municipality_name n
            WHERE n.municipality_id = %s
            ORDER BY n.kind, n.language, n.name""", "ids", "uuid");

    /**
     * {@link #one}: the {@link #ROW}, the successor's name (its subquery run only for a merged municipality: as cheap
     * for PostgreSQL as the entity's query was, where reading it for every row cost a tenth more), the version, and
     * one of its other names, in the entity's order of them.
     */
    private static final String ONE = "SELECT " + ROW + """
            ,
                   CASE WHEN m.merged_into_id IS NOT NULL
                        THEN (SELECT s.name FROM municipality s WHERE s.id = m.merged_into_id) END,
                   m.version, n.name, n.language, n.kind, n.used_until
            FROM municipality m LEFT JOIN municipality_name n ON n.municipality_id = m.id
            WHERE %s ORDER BY n.kind, n.language, n.name""";

    private MunicipalityRows() {
    }

    /** The rows {@code where} (SQL over {@code municipality m}) matches, in {@code order}, from offset to limit. */
    static List<MunicipalityRow> page(EntityManager em, WhereClause where, String order, int offset, int limit) {
        return completed(em, JdbcRows.list(em, SELECT.formatted(where.condition()) + " ORDER BY " + order
                + SqlPage.of(offset, limit), where, MunicipalityRows::columns));
    }

    /** A page and the head of the change feed its statement read, null when it read no row to read it on. */
    record Paged(List<MunicipalityRow> rows, Long head) {
    }

    /** As {@link #page}, with the head of the change feed read in the page's own statement. */
    static Paged pageAndHead(EntityManager em, WhereClause where, String order, int offset, int limit) {
        Long[] head = new Long[1];
        List<Read> rows = JdbcRows.list(em, SELECT_AND_HEAD.formatted(where.condition()) + " ORDER BY " + order
                + SqlPage.of(offset, limit), where, r -> {
                    head[0] = Totals.headIn(r);
                    return columns(r);
                });
        return new Paged(completed(em, rows), head[0]);
    }

    /** A row as {@link #SELECT} reads it: without its other names yet, and whether it has any. */
    private record Read(MunicipalityRow row, boolean named) {
    }

    /** The rows with these ids, in no particular order. */
    static List<MunicipalityRow> byIds(EntityManager em, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return completed(em, JdbcRows.list(em, BY_IDS.forLength(ids.size()), Map.of("ids", ids.toArray(UUID[]::new)),
                MunicipalityRows::columns));
    }

    /** The rows with their other names and their successors' names. */
    private static List<MunicipalityRow> completed(EntityManager em, List<Read> rows) {
        return withSuccessorNames(em, withOtherNames(em, rows));
    }

    /** The rows that merged into another municipality with its name: one statement for all, none when none did. */
    private static List<MunicipalityRow> withSuccessorNames(EntityManager em, List<MunicipalityRow> rows) {
        UUID[] successors = rows.stream().map(MunicipalityRow::mergedIntoId).filter(Objects::nonNull).distinct()
                .toArray(UUID[]::new);
        if (successors.length == 0) {
            return rows;
        }
        Map<UUID, String> names = new HashMap<>();
        JdbcRows.each(em, SUCCESSORS.forLength(successors.length),
                Map.of("ids", successors),
                row -> names.put(row.getObject(1, UUID.class), row.getString(2)));
        return rows.stream().map(r -> r.mergedIntoId() == null ? r : r.withMergedIntoName(names.get(r.mergedIntoId())))
                .toList();
    }

    /** The rows with their other names: one statement for those that have any, by an array of their ids. */
    private static List<MunicipalityRow> withOtherNames(EntityManager em, List<Read> read) {
        List<MunicipalityRow> rows = read.stream().map(Read::row).toList();
        UUID[] ids = read.stream().filter(Read::named).map(r -> r.row().id()).toArray(UUID[]::new);
        if (ids.length == 0) {
            return rows;
        }
        Map<UUID, List<MunicipalityRow.OtherName>> byMunicipality = JdbcRows.grouped(em,
                OTHER_NAMES.forLength(ids.length), Map.of("ids", ids),
                name -> new MunicipalityRow.OtherName(name.getString(2), name.getString(3),
                        MunicipalityName.Kind.valueOf(name.getString(4)), name.getObject(5, LocalDate.class)));
        if (byMunicipality.isEmpty()) {
            return rows;
        }
        List<MunicipalityRow> named = new ArrayList<>(rows.size());
        for (MunicipalityRow r : rows) {
            List<MunicipalityRow.OtherName> names = byMunicipality.get(r.id());
            named.add(names == null ? r : r.withOtherNames(List.copyOf(names)));
        }
        return named;
    }

    /**
     * The municipality {@code where} (SQL over {@code municipality m}, a unique key) matches, with its other names, the
     * name of the municipality it merged into and its version, in one statement: a row per other name (one without
     * any), the successor's name by a subquery, which PostgreSQL plans more cheaply than a join of the table to itself.
     * Issue 21: read as an entity with its names fetched (HQL), Hibernate's handling of the query was 11 % of the
     * service's CPU on a GET by id, the read measured against the Quarkus team's reference application.
     */
    static Optional<Versioned<MunicipalityRow>> one(EntityManager em, WhereClause where) {
        List<Versioned<MunicipalityRow>> found = new ArrayList<>(1);
        List<MunicipalityRow.OtherName> names = new ArrayList<>();
        JdbcRows.each(em, ONE.formatted(where.condition()), where.parameters(), r -> {
            if (found.isEmpty()) {
                // merged_into_id references a municipality: its name is null exactly when it did not merge.
                MunicipalityRow row = row(r);
                String successor = r.getString(18);
                found.add(new Versioned<>(successor == null ? row : row.withMergedIntoName(successor), r.getLong(19)));
            } else if (!found.get(0).body().id().equals(r.getObject(1, UUID.class))) {
                throw new IllegalStateException("more than one municipality where " + where.condition());
            }
            if (r.getString(20) != null) {
                names.add(new MunicipalityRow.OtherName(r.getString(20), r.getString(21),
                        MunicipalityName.Kind.valueOf(r.getString(22)), r.getObject(23, LocalDate.class)));
            }
        });
        return found.stream().findFirst()
                .map(one -> new Versioned<>(one.body().withOtherNames(List.copyOf(names)), one.version()));
    }

    /** The row of {@link #SELECT}'s columns, without other names or its successor's name yet. */
    private static Read columns(ResultSet r) throws SQLException {
        return new Read(row(r), r.getBoolean(18));
    }

    /** The row of the {@link #ROW} columns, without other names or its successor's name. */
    private static MunicipalityRow row(ResultSet r) throws SQLException {
        return new MunicipalityRow(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                Municipality.Kind.valueOf(r.getString(4)), r.getString(5), r.getString(6), r.getString(7),
                r.getString(8), r.getObject(9, Integer.class), r.getObject(10, Integer.class),
                r.getObject(11, Double.class), r.getObject(12, Double.class), r.getString(13),
                r.getObject(14, UUID.class), null, r.getObject(15, LocalDate.class), List.of(),
                SqlTimes.utc(r.getObject(16, OffsetDateTime.class)), SqlTimes.utc(r.getObject(17, OffsetDateTime.class)));
    }
}
