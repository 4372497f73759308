package org.twintowns.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.twintowns.commons.paging.PageParams;
import org.twintowns.commons.problem.ProblemType;
import org.twintowns.testing.http.PublicCachingProperty;
import org.twintowns.testing.sql.RowsRead;
import org.twintowns.testing.sql.SqlStatements;
import org.twintowns.testing.sync.ListOperation;
import org.twintowns.testing.sync.SyncWalk;
import org.twintowns.testing.sync.SyncWalk.Item;

/**
 * What a service's lists answer like every other. Its main list: an unknown id is a 404 problem
 * naming it; a page size above the limit and a sort by a field the list does not offer are 400
 * problems naming the parameter; readiness reports the database. And every list of the service's
 * served contract (an operation answering the Page envelope), found there rather than named here,
 * keeps the rules of incremental sync: {@code updatedSince} keeps exactly the items updated from it
 * on; {@code sort=updatedAt} (and {@code -updatedAt}) orders by updatedAt, then the items' key; the
 * keyset {@code next} links walk every item exactly once; an item changed between two pages makes the
 * walk skip no other, and turns up when the client syncs again from {@code syncedUntil}; a bad
 * {@code updatedSince} or {@code after} is a 400 naming it; and a page of one item and a full page are
 * read in the same few SQL statements (no N+1). A service's resource test extends this
 * as a {@code @QuarkusTest} and gives, per list, a {@link SyncFixture}.
 */
public abstract class ListEndpointSuite {

    private final String listPath;
    private final String unsortableField;

    /**
     * @param listPath        the list, whose items are at {@code listPath/{id}}
     * @param unsortableField a field of the items that the list does not sort by
     */
    protected ListEndpointSuite(String listPath, String unsortableField) {
        this.listPath = listPath;
        this.unsortableField = unsortableField;
    }

    /**
     * A list ready to be walked: where it is, with what, and how to change one of its items. Made by
     * {@link #syncFixture} after it has added at least three items to the list.
     *
     * @param path    the list's path, path parameters filled
     * @param query   query parameters every request of the walk sends (a filter the items need), or none
     * @param request a request with the credentials the list needs
     * @param key     the fields that make an item unique, in the order the list breaks ties with them
     * @param touch   changes the item (given as the list showed it), so that its updatedAt moves
     */
    public record SyncFixture(String path, Map<String, Object> query, Supplier<RequestSpecification> request,
                                 List<String> key, Consumer<Map<String, Object>> touch) {

        /** A public list of items keyed by {@code id}, with no filter. */
        public static SyncFixture of(String path, Consumer<Map<String, Object>> touch) {
            return new SyncFixture(path, Map.of(), io.restassured.RestAssured::given, List.of("id"), touch);
        }

        public SyncFixture withRequest(Supplier<RequestSpecification> authenticated) {
            return new SyncFixture(path, query, authenticated, key, touch);
        }

        public SyncFixture withQuery(Map<String, Object> filter) {
            return new SyncFixture(path, filter, request, key, touch);
        }

        public SyncFixture withKey(String... fields) {
            return new SyncFixture(path, query, request, List.of(fields), touch);
        }
    }

    /**
     * Adds at least three items to the list {@code operationId} of the service's contract, each
     * updated now, and says how to walk it. Fails for an operation it does not know: a new list
     * must come with its fixture.
     */
    protected abstract SyncFixture syncFixture(String operationId);

    @Test
    void shouldAnswerUnknownIdWithNotFoundProblem() {
        UUID id = UUID.randomUUID();
        assertProblem(given().get(listPath + "/" + id).then(), 404)
                .body("type", equalTo(ProblemType.RESOURCE_NOT_FOUND.uri().toString()))
                .body("detail", containsString(id.toString()));
    }

    @Test
    void shouldRejectPageSizeAboveLimit() {
        assertProblem(given().queryParam("size", 1000).get(listPath).then(), 400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void shouldRejectSortingByUnknownField() {
        assertProblem(given().queryParam("sort", unsortableField).get(listPath).then(), 400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", not(emptyOrNullString()));
    }

    @Test
    void shouldReportDatabaseInReadiness() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @TestFactory
    Stream<DynamicTest> everyPublicReadIsCompressedCacheableAndRevalidates() {
        return PublicCachingProperty.everyPublicRead(readsMadeAtEachRequest());
    }

    /** The public reads of the service whose answer names the moment it was made, so never revalidates. */
    protected Set<String> readsMadeAtEachRequest() {
        return Set.of();
    }

    @TestFactory
    Stream<DynamicTest> everyListWithUpdatedAtTakesTheSyncParameters() {
        List<ListOperation> lists = ListOperation.served();
        assertFalse(lists.isEmpty(), "the contract has no list (an operation answering the Page envelope)");
        return lists.stream().map(list -> DynamicTest.dynamicTest(list.toString(), () -> {
            if (list.itemsHaveUpdatedAt()) {
                assertTrue(list.parameters().containsAll(List.of("updatedSince", "after", "sort")),
                        list + " lists items with updatedAt but does not take updatedSince, after and sort: "
                                + list.parameters());
            } else {
                // A page through one document in an order of its own (an import's report rows in file order).
                assertFalse(list.parameters().contains("sort"), list + " sorts items that carry no updatedAt: "
                        + "give them updatedAt and take updatedSince, or keep it in an order of its own");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyListFiltersAndSortsByUpdatedAtAndWalksEveryItemOnce() {
        return syncLists().map(list -> DynamicTest.dynamicTest(list.toString(), () -> {
            OffsetDateTime since = SyncWalk.now();
            SyncWalk walk = new SyncWalk(syncFixture(list.operationId()), since);
            walk.awaitWatermarkPast(SyncWalk.now());

            List<Item> all = walk.pages(Map.of("sort", "updatedAt"), 100).items();
            assertTrue(all.size() >= 3, list + ": the fixture's items are not in the list: " + all);
            SyncWalk.assertOrdered(list + " sort=updatedAt", all);
            all.forEach(item -> assertFalse(item.updatedAt().isBefore(since),
                    list + ": updatedSince " + since + " let through " + item));

            assertEquals(SyncWalk.keys(all), SyncWalk.keys(walk.pages(Map.of("sort", "updatedAt"), 2).items()),
                    list + ": the next links of sort=updatedAt, two items a page, do not walk every item once");
            assertEquals(SyncWalk.keys(all), SyncWalk.keys(walk.pages(Map.of(), 2).items()),
                    list + ": updatedSince without sort does not walk in updatedAt order");
            assertEquals(SyncWalk.reversed(SyncWalk.keys(all)),
                    SyncWalk.keys(walk.pages(Map.of("sort", "-updatedAt"), 2).items()),
                    list + ": sort=-updatedAt does not walk the same items in reverse order");

            Item middle = all.get(all.size() / 2);
            List<Item> later = new SyncWalk(walk.fixture(), middle.updatedAt())
                    .pages(Map.of("sort", "updatedAt"), 100).items();
            assertEquals(SyncWalk.keys(all.stream().filter(i -> !i.updatedAt().isBefore(middle.updatedAt())).toList()),
                    SyncWalk.keys(later), list + ": updatedSince=" + middle.updatedAt()
                            + " does not keep exactly the items updated from then on");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyListSkipsNothingWhenAnItemChangesBetweenTwoPages() {
        return syncLists().map(list -> DynamicTest.dynamicTest(list.toString(), () -> {
            OffsetDateTime since = SyncWalk.now();
            SyncWalk walk = new SyncWalk(syncFixture(list.operationId()), since);
            walk.awaitWatermarkPast(SyncWalk.now());
            List<Item> before = walk.pages(Map.of("sort", "updatedAt"), 100).items();

            // The first item of the first page changes after that page: by page number, the second page
            // would now start one item later, and that item would be skipped.
            SyncWalk.Walked first = walk.firstPage(Map.of("sort", "updatedAt"), 2);
            Item changed = first.items().get(0);
            walk.fixture().touch().accept(changed.fields());
            SyncWalk.Walked rest = walk.follow(first);

            List<Item> seen = new ArrayList<>(first.items());
            seen.addAll(rest.items());
            assertEquals(SyncWalk.keys(seen).stream().distinct().toList(), SyncWalk.keys(seen),
                    list + ": the walk showed an item twice: " + seen);
            List<List<String>> unchanged = SyncWalk.keys(before).stream().filter(k -> !k.equals(changed.key()))
                    .toList();
            assertTrue(SyncWalk.keys(seen).containsAll(unchanged),
                    list + ": the walk skipped an item that did not change: walked " + SyncWalk.keys(seen)
                            + ", expected " + unchanged);

            // The client syncs again from where the walk said it is complete: the change is there.
            OffsetDateTime syncedUntil = first.syncedUntil();
            assertNotNull(syncedUntil, list + ": a page of sort=updatedAt has no syncedUntil");
            assertEquals(syncedUntil, rest.syncedUntil(), list + ": syncedUntil moved within one walk");
            SyncWalk again = new SyncWalk(walk.fixture(), syncedUntil);
            again.awaitWatermarkPast(SyncWalk.now());
            List<Item> resynced = again.pages(Map.of(), 2).items();
            assertTrue(resynced.stream().anyMatch(i -> i.key().equals(changed.key())
                            && i.updatedAt().isAfter(changed.updatedAt())),
                    list + ": the changed item " + changed + " is not in the sync from syncedUntil " + syncedUntil
                            + ": " + resynced);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyListRefusesABadUpdatedSinceOrCursor() {
        return syncLists().map(list -> DynamicTest.dynamicTest(list.toString(), () -> {
            SyncFixture fixture = syncFixture(list.operationId());
            for (Map.Entry<String, String> bad : List.of(Map.entry("updatedSince", "yesterday"),
                    Map.entry("updatedSince", "2026-05-01T10:00:00"), Map.entry("after", "not a cursor"),
                    Map.entry("after", "MX4"), Map.entry("after", "bm8"))) {
                assertProblem(fixture.request().get().queryParams(fixture.query()).queryParam("sort", "updatedAt")
                        .queryParam(bad.getKey(), bad.getValue()).get(fixture.path()).then(), 400)
                        .body("errors[0].field", equalTo(bad.getKey()));
            }
            SyncWalk walk = new SyncWalk(fixture, SyncWalk.now().minusYears(100));
            walk.awaitWatermarkPast(SyncWalk.now());
            String next = walk.firstPage(Map.of(), 1).next();
            assertNotNull(next, list + ": a full page of a walk has no next link");
            String after = next.replaceAll(".*[?&]after=([^&]*).*", "$1");
            assertProblem(fixture.request().get().queryParams(fixture.query()).queryParam("page", 1)
                    .queryParam("sort", "updatedAt").queryParam("after", after).get(fixture.path()).then(), 400)
                    .body("errors[0].field", equalTo("after"));
        }));
    }

    /**
     * The statements a well-written list needs whatever its size: the page (its ids), its count (and the
     * planner's estimate when it matches more than a count can afford, see {@code Totals}), the records of the
     * page, and one batched read per collection its items show and per kind of record they name. The richest
     * item, a partnership, shows five collections (participants, topics, projects, contacts, lifecycle) and
     * names municipalities: 4 + 5 + 1.
     */
    public static final int MAX_LIST_STATEMENTS = 10;

    @TestFactory
    Stream<DynamicTest> everyListReadsAnyPageInTheSameFewStatements() {
        return syncLists().map(list -> DynamicTest.dynamicTest(list.toString(), () -> {
            SyncFixture fixture = syncFixture(list.operationId());
            long one = SqlStatements.fewest(() -> assertEquals(1, listed(fixture, 1)));
            int[] shown = new int[1];
            long full = SqlStatements.fewest(() -> shown[0] = listed(fixture, PageParams.MAX_SIZE));
            assertTrue(shown[0] >= 3, list + ": the fixture's items are not in the list");
            System.out.printf("SQL statements of %s: %d for 1 item, %d for %d items%n", list, one, full, shown[0]);
            // A page that is not full needs no count (its total is known): it may take one statement fewer.
            assertTrue(full <= one, list + " reads a page of " + shown[0] + " items in " + full
                    + " statements and a page of 1 in " + one + ": it reads something per item (N+1)");
            assertTrue(full <= MAX_LIST_STATEMENTS, list + " reads a page in " + full + " statements, more than "
                    + MAX_LIST_STATEMENTS);
        }));
    }

    /**
     * Rows added straight to the service's database by {@link #addBulkRows}: the tables its lists read, and how
     * to delete the rows again.
     */
    public record BulkRows(Set<String> tables, Runnable remove) {

        /**
         * Runs {@code insert} (SQL statements), analyses {@code tables} as autovacuum would after so many rows,
         * and removes the rows with {@code delete} when the lists have been read.
         */
        public static BulkRows insert(DataSource database, Set<String> tables, List<String> insert, List<String> delete) {
            List<String> analyse = tables.stream().map(table -> "ANALYZE " + table).toList();
            execute(database, insert);
            execute(database, analyse);
            return new BulkRows(tables, () -> {
                execute(database, delete);
                execute(database, analyse);
            });
        }

        private static void execute(DataSource database, List<String> statements) {
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("bulk rows: " + e.getMessage(), e);
            }
        }
    }

    /** How many items of each kind {@link #addBulkRows} adds: more than a page could ever need to read. */
    public static final int BULK_ROWS = 5_000;

    /**
     * The most rows of its tables a list may read for a page of one item, whatever the size of the tables: a
     * total is counted up to {@code twintowns.paging.exact-count-limit} (1,000) rows and estimated beyond, the
     * page and what it shows of its item take a few rows more. A list that sorts or counts the whole table
     * reads all {@link #BULK_ROWS} and more.
     */
    public static final long MAX_ROWS_READ_FOR_A_PAGE = 2 * BULK_ROWS / 5;

    /**
     * Adds {@link #BULK_ROWS} items of each kind the service lists in SQL (quickly, without changes in the
     * feed), not updated lately, with their tables analysed as the database's autovacuum would; says which
     * tables the service's lists read and how to delete the rows.
     */
    protected abstract BulkRows addBulkRows(int rows);

    /**
     * Every list, plain and with its fixture's filter, reads a bounded number of rows for its page, never the
     * whole table: no sort of every matching row for a page of 20 (an index gives the list's order), no exact
     * count of a large table (see {@code Totals}), no filter that PostgreSQL checks row by row. Measured in
     * PostgreSQL's own statistics, over tables of {@link #BULK_ROWS} rows each.
     */
    @TestFactory
    Stream<DynamicTest> everyListReadsARowCountBoundedByItsPageNotByTheTable() {
        BulkRows bulk = addBulkRows(BULK_ROWS);
        return syncLists().map(list -> DynamicTest.dynamicTest(list.toString(), () -> {
            SyncFixture fixture = syncFixture(list.operationId());
            assertPageReadsFewRows(list + " with " + fixture.query(), bulk, () -> assertEquals(1, listed(fixture, 1)));
            if (!fixture.query().isEmpty()) {
                SyncFixture plain = fixture.withQuery(Map.of());
                assertPageReadsFewRows(list + " unfiltered", bulk, () -> assertEquals(1, listed(plain, 1)));
            }
        })).onClose(bulk.remove());
    }

    private static void assertPageReadsFewRows(String list, BulkRows bulk, Runnable request) {
        // Once to warm what the service caches, then measured.
        request.run();
        long rows = RowsRead.during(bulk.tables(), request);
        System.out.printf("Rows of %s read for a page of 1 by %s: %d%n", bulk.tables(), list, rows);
        assertTrue(rows <= MAX_ROWS_READ_FOR_A_PAGE, list + " reads " + rows + " rows of " + bulk.tables()
                + " for a page of one item, over tables of " + BULK_ROWS + " rows: it sorts, counts or filters "
                + "the whole table (at most " + MAX_ROWS_READ_FOR_A_PAGE + ")");
    }

    private static int listed(SyncFixture fixture, int size) {
        return fixture.request().get().queryParams(fixture.query()).queryParam("size", size).get(fixture.path())
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    private static Stream<ListOperation> syncLists() {
        List<ListOperation> lists = ListOperation.served().stream().filter(ListOperation::itemsHaveUpdatedAt).toList();
        if (lists.isEmpty()) {
            fail("the contract has no list of items with updatedAt");
        }
        return lists.stream();
    }
}
