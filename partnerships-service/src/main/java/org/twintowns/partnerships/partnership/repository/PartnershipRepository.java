package org.twintowns.partnerships.partnership.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.twintowns.commons.paging.Listing;
import org.twintowns.commons.paging.Total;
import org.twintowns.commons.paging.Totals;
import org.twintowns.commons.persistence.SqlPage;
import org.twintowns.commons.persistence.JdbcRows;
import org.twintowns.commons.persistence.WhereClause;
import org.twintowns.commons.geo.BoundingBox;
import org.twintowns.partnerships.partnership.Partnership;
import org.twintowns.commons.persistence.SqlOrder;

/** Queries over partnerships. Filtered queries are native SQL built by {@link PartnershipWhere}. */
@ApplicationScoped
public class PartnershipRepository implements PanacheRepositoryBase<Partnership, UUID> {

    /** Sort field names the service may use, and their columns. */
    private static final Map<String, String> ORDER_COLUMNS = Map.of(
            "establishedOn", "p.established_on", "createdAt", "p.created_at", "updatedAt", "p.updated_at",
            "id", "p.id");

    /** The columns of the places' table (V16) in a list's order, of the sort fields it keeps. */
    private static final Map<String, String> PLACE_ORDER_COLUMNS = Map.of(
            "establishedOn", "t.established_on", "id", "t.partnership_id");

    private static final String UPDATED_AT = "p.updated_at";
    private static final String ID = "p.id";

    /** How many times a gathered match costs a walked index entry ({@link #find}). */
    private static final long WALK_TO_GATHER = 10;

    private static final String GEO_ROWS = """
            SELECT p.id, p.type, p.status, p.established_on, p.title,
                   pp.municipality_id, m.name, m.latitude, m.longitude
            FROM partnership p
            JOIN partnership_participant pp ON pp.partnership_id = p.id
            JOIN municipality m ON m.id = pp.municipality_id
            WHERE %s
            ORDER BY p.established_on, p.id, pp.position""";

    @Inject
    Totals totals;

    /**
     * The partnership, its row locked until the transaction ends: conditional writes (If-Match) queue up
     * here, so that each compares the version the previous one committed.
     */
    public Optional<Partnership> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Another partnership of this type with exactly these participants, if there is one. */
    public Optional<UUID> findSameParticipants(Partnership.Type type, String participantsKey, UUID except) {
        // The unique index allows at most one.
        return find("type = ?1 and participantsKey = ?2", type, participantsKey)
                .project(IdOnly.class)
                .firstResultOptional()
                .map(IdOnly::id)
                .filter(id -> !id.equals(except));
    }

    /**
     * The partnership as a read shows it, with its version; empty when there is none with this id. Its statements
     * go with {@code reads}, whose parameter {@code :ids} is its id.
     */
    public Optional<PartnershipRow> row(UUID id, JdbcRows.Together reads) {
        return PartnershipRows.one(getEntityManager(), id, reads);
    }

    /** The number of partnerships a map of {@code box} (null: anywhere) draws at most. */
    public long count(PartnershipFilter filter, BoundingBox box) {
        WhereClause where = mapWhere(filter, box);
        Object count = where.bind(getEntityManager().createNativeQuery(
                "SELECT count(*) FROM partnership p WHERE " + where.condition())).getSingleResult();
        return SqlRows.count(count);
    }

    /** One page of a list and the list's total. */
    public record Found(List<PartnershipRow> page, Total total) {
    }

    /**
     * One page of matching partnerships, in the list request's order, read as rows ({@link PartnershipRows}: the page, then
     * each of its collections in one statement), and the number of partnerships the list matches
     * before its offset and limit, estimated when many.
     *
     * <p>A filter on the participants, their places or the topics can be read two ways ({@link PartnershipWhere}):
     * walking the list's order and testing each partnership, which reads about (offset + limit) × registry /
     * matches partnerships before the page is full, or gathering the matches and sorting them, which reads each
     * match once. Which costs less depends on how many match, so such a list is counted first (from an index),
     * and gathered when few match. A walk of places reads only an index (V15), a gather reads each match's row,
     * about ten times as dear each (pgbench on the demo registry: the crossing lies near 100 matches of 4,894
     * for a first page), so a list is gathered when ten times its matches squared are at most what the walk would
     * read times the registry: partnerships?state=DE-SL&type=TWINNING is gathered, the same of country=DE walks.
     * A filter of one place alone (state=DE-TH, country=PL) in the default order is read from the places' table
     * instead (V16, {@link Source#PLACED}), whatever its size: that place's index in that order holds the page in
     * its first entries. Once the list's total is kept ({@link Totals#kept}), the choice is made on it and the
     * page's statement reads the change feed's head to confirm it: a page of Thuringia's partnerships takes a
     * statement fewer than counting, or reading the head, before the page. Without such a filter the page is read
     * first, and a short page is its own count ({@link Totals}). The page's collections go with {@code reads}, whose
     * parameter {@code :ids} is the page's ids; they do not run when the page is empty.
     */
    public Found find(PartnershipFilter filter, Listing listing, JdbcRows.Together reads) {
        if (!PartnershipWhere.hasSets(filter)) {
            List<PartnershipRow> page = page(PartnershipWhere.of(filter), listing, Source.ROWS, reads);
            return new Found(page, count(filter, listing, page.size()));
        }
        WhereClause counted = counted(filter, listing);
        Optional<Totals.Kept> kept = totals.kept(counted(counted), counted);
        Total total = kept.map(Totals.Kept::total).orElseGet(() -> count(counted, filter, listing, -1));
        Optional<WhereClause> placed = PartnershipWhere.placed(filter, listing).filter(p -> inPlaceOrder(listing));
        long read = (long) listing.offset() + listing.limit();
        WhereClause filtered;
        Source source;
        if (placed.isPresent()) {
            filtered = placed.get();
            source = Source.PLACED;
        } else if (!total.estimated() && gathers(total.items(), read)) {
            filtered = PartnershipWhere.gathered(filter);
            source = Source.GATHERED;
        } else {
            filtered = PartnershipWhere.walked(filter, listing);
            source = Source.WALKED;
        }
        if (kept.isEmpty()) {
            return new Found(page(filtered, listing, source, reads), total);
        }
        // The kept total holds if the feed's head, read by the page's own statement, has not moved since.
        WhereClause where = listing.restrict(filtered, UPDATED_AT, ID);
        PartnershipRows.Read page = PartnershipRows.pageAndHead(getEntityManager(),
                pageSql(where, listing, source, PartnershipRows.columnsAndHead()), where, reads);
        return new Found(page.rows(), kept.get().at(page.head()).orElseGet(() -> count(counted, filter, listing, -1)));
    }

    /** Whether the listing's order is one the places' table (V16) keeps: by founding date, then id. */
    private static boolean inPlaceOrder(Listing listing) {
        return listing.sort().getColumns().stream().allMatch(c -> PLACE_ORDER_COLUMNS.containsKey(c.getName()));
    }

    /**
     * Whether a list of {@code matches} is gathered for a page that ends {@code read} entries in (see {@link #find}):
     * when ten times its matches squared are at most what a walk would read times the registry. The registry holds
     * at least the list's matches, so a list of at most a tenth of {@code read} is gathered whatever its size, and
     * needs not know it.
     */
    private boolean gathers(long matches, long read) {
        return WALK_TO_GATHER * matches <= read || WALK_TO_GATHER * matches * matches <= read * registrySize();
    }

    /**
     * How many partnerships the registry holds, for the choice between a walk and a gather: a total kept at an
     * older head of the feed will do for it, and an estimate is kept for a while, so that a list pays no statement
     * for it.
     */
    private long registrySize() {
        WhereClause all = new WhereClause();
        return totals.kept("partnership p", all).map(Totals.Kept::total)
                .orElseGet(() -> totals.followed(getEntityManager(), "partnership p", all)).items();
    }

    /** The condition a list's total counts: of the sets gathered, in the listing's window. */
    private static WhereClause counted(PartnershipFilter filter, Listing listing) {
        return listing.restrict(PartnershipWhere.gathered(filter), UPDATED_AT, ID);
    }

    /** What {@link Totals} counts of {@code counted}. */
    private static String counted(WhereClause counted) {
        return "partnership p WHERE " + counted.condition();
    }

    /** The list's total, given the page it read ({@code found} ids; negative: not read yet). */
    private Total count(PartnershipFilter filter, Listing listing, int found) {
        return count(counted(filter, listing), filter, listing, found);
    }

    /** As {@link #count(PartnershipFilter, Listing, int)}, of the {@link #counted} condition already made. */
    private Total count(WhereClause gathered, PartnershipFilter filter, Listing listing, int found) {
        String from = counted(gathered);
        Total total = found < 0 ? totals.followed(getEntityManager(), from, gathered)
                : totals.followed(getEntityManager(), from, gathered, listing, found);
        if (!total.estimated()) {
            return total;
        }
        // More match than a count affords: the planner estimates a gathered set (an array it cannot see into) at
        // ten rows, so the estimate is taken of the per-partnership form. Both totals are kept for a while
        // (Totals), so that this happens once in that while, not per request.
        WhereClause perRow = listing.restrict(PartnershipWhere.of(filter), UPDATED_AT, ID);
        return totals.followed(getEntityManager(), "partnership p WHERE " + perRow.condition(), perRow);
    }

    /** Where a page's ids come from. */
    enum Source {
        /** The rows themselves, in the order's index: a page with no set of partnerships to test. */
        ROWS,
        /**
         * A walk of the order's index ({@link PartnershipWhere#walked}), which carries the places (V15): the
         * page's ids from the index alone, then their rows.
         */
        WALKED,
        /**
         * The set gathered ({@link PartnershipWhere#gathered}), few matches. PostgreSQL cannot see into the
         * gathered set (it estimates an array at ten ids) and may plan to walk the list's order, testing each
         * partnership against the set, until the page is full: for a municipality with one partnership
         * among 5,000, that walk read all 5,000 (ListEndpointSuite, on one machine's statistics and not
         * another's). A materialized CTE takes the choice away: the set's partnerships first, by
         * primary key, then the sort of those few. It gathers only what the sort needs, then reads
         * the page's rows alone: gathering whole rows (the arrays of places, the notes) for 239 partnerships
         * cost PostgreSQL 1.7 times as much (pgbench, 0.37 against 0.22 ms).
         */
        GATHERED,
        /**
         * The places' table (V16, {@link PartnershipWhere#placed}): a page of one place alone in the order of
         * founding dates, its ids read from that place's index in that order, then their rows. Whatever the place
         * and however many match, the index's first entries are the page; on the demo registry Thuringia's first
         * page walked 533 entries of the order's index to find its 20.
         */
        PLACED
    }

    /**
     * A page of the partnerships {@code filtered} matches, in the listing's order, its ids from {@code source}, its
     * collections sent with {@code reads}.
     */
    List<PartnershipRow> page(WhereClause filtered, Listing listing, Source source, JdbcRows.Together reads) {
        WhereClause where = listing.restrict(filtered, UPDATED_AT, ID);
        return PartnershipRows.page(getEntityManager(), pageSql(where, listing, source, PartnershipRows.columns()), where,
                reads);
    }

    /**
     * The statement of {@link #page}, selecting {@code columns} of the page's partnerships {@code p}, of the
     * condition {@code where} (the listing's window included).
     */
    private static String pageSql(WhereClause where, Listing listing, Source source, String columns) {
        String order = " ORDER BY " + SqlOrder.of(listing.sort(), ORDER_COLUMNS);
        String page = SqlPage.of(listing.offset(), listing.limit());
        String select = "SELECT " + columns + " FROM partnership p WHERE ";
        String rows = select + "p.id IN (SELECT c.id FROM chosen c)" + order;
        return switch (source) {
            case ROWS -> select + where.condition() + order + page;
            case WALKED -> "WITH chosen AS (SELECT p.id FROM partnership p WHERE " + where.condition() + order + page
                    + ") " + rows;
            case PLACED -> "SELECT " + columns + " FROM partnership_place t JOIN partnership p ON p.id = t.partnership_id"
                    + " WHERE " + where.condition() + " ORDER BY " + SqlOrder.of(listing.sort(), PLACE_ORDER_COLUMNS)
                    + page;
            case GATHERED -> "WITH gathered AS MATERIALIZED (SELECT " + String.join(", ", ORDER_COLUMNS.values())
                    + " FROM partnership p WHERE " + where.condition() + "), "
                    + "chosen AS (SELECT p.id FROM gathered p" + order + page + ") " + rows;
        };
    }

    /**
     * Every participant of every matching partnership with a participant in {@code box} (null: anywhere),
     * grouped by partnership in a stable order.
     */
    public List<GeoRow> findGeoRows(PartnershipFilter filter, BoundingBox box) {
        WhereClause where = mapWhere(filter, box);
        List<?> rows = where.bind(getEntityManager().createNativeQuery(GEO_ROWS.formatted(where.condition())))
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new GeoRow(
                SqlRows.uuid(r[0]), Partnership.Type.valueOf(SqlRows.text(r[1])),
                Partnership.Status.valueOf(SqlRows.text(r[2])), SqlRows.date(r[3]), SqlRows.text(r[4]),
                SqlRows.uuid(r[5]), SqlRows.text(r[6]), SqlRows.decimal(r[7]), SqlRows.decimal(r[8]))).toList();
    }

    /** A line is on the map of a box when one of its ends lies in it, however far the other. */
    private static WhereClause mapWhere(PartnershipFilter filter, BoundingBox box) {
        WhereClause where = PartnershipWhere.of(filter);
        if (box != null) {
            where.and("""
                    EXISTS (SELECT 1 FROM partnership_participant bp JOIN municipality bm ON bm.id = bp.municipality_id
                            WHERE bp.partnership_id = p.id AND bm.latitude BETWEEN :south AND :north
                            AND bm.longitude BETWEEN :west AND :east)""")
                    .with("south", box.minLatitude()).with("north", box.maxLatitude())
                    .with("west", box.minLongitude()).with("east", box.maxLongitude());
        }
        return where;
    }

    /** Projection for {@link #findSameParticipants}. */
    public record IdOnly(UUID id) {
    }
}
