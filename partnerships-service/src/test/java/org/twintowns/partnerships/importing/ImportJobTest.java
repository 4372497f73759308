package org.twintowns.partnerships.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.http.PreferWait;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * Imports as jobs on the real PostgreSQL: queued at once, one writing import at a time, dry runs
 * beside it, a line that refuses the surplus, races that double nothing, editors who write while an
 * import runs, and jobs that outlive the worker that ran them.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class ImportJobTest {

    private static final String DESTATIS = "/api/v1/imports/destatis-municipalities";
    private static final String HEADER = "satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,"
            + "bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad\n";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportWorker worker;

    /** Municipality numbers not yet used in this run: every list below has AGS codes of its own. */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger();

    /** A Destatis list of {@code count} made-up Thuringian municipalities in district codes 90 to 99, which no real one has. */
    private static String municipalities(int count, int population) {
        int first = NEXT.getAndAdd(count);
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < count; i++) {
            int n = first + i;
            csv.append("60,64,16,0,9%d,0000,%03d,Probedorf %s %d,1.0,%d,,,,,\"11,%d\",\"50,%d\"\n"
                    .formatted(n / 1000, n % 1000, tag, i, population + i, 1000 + i, 1000 + i));
        }
        return csv.toString();
    }

    private static ExtractableResponse<Response> post(String csv, boolean dryRun) {
        return given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", dryRun).post(DESTATIS).then().extract();
    }

    private static JsonPath job(String path) {
        return given().auth().oauth2(TestTokens.admin()).get(path).then().statusCode(200).extract().jsonPath();
    }

    private static int jobCount() {
        return given().auth().oauth2(TestTokens.admin()).queryParam("size", 1).get("/api/v1/imports/jobs")
                .then().statusCode(200).extract().path("totalItems");
    }

    /** Counted item by item: beyond a few (in %test) the list's total is the planner's estimate. */
    private static int municipalitiesNamed(String prefix) {
        int counted = 0;
        for (int page = 0; ; page++) {
            int items = given().queryParam("q", prefix).queryParam("country", "DE").queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/municipalities").then().statusCode(200).extract()
                    .jsonPath().getList("items").size();
            counted += items;
            if (items < 100) {
                return counted;
            }
        }
    }

    /** Holds the lock of writing imports, as a long import on another replica would, until closed. */
    private final class ImportLock implements AutoCloseable {
        private final Connection connection;

        ImportLock() throws SQLException {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, ImportTransactions.IMPORT_LOCK);
                lock.execute();
            }
        }

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }

    @Test
    void shouldQueueAtOnceThenShowProgressAndKeepTheReportInFileOrder() {
        String csv = municipalities(7, 500);
        ExtractableResponse<Response> accepted = post(csv, false);
        String path = ImportJobClient.accepted(accepted);
        assertTrue(path.matches("/api/v1/imports/jobs/[0-9a-f-]{36}"), path);
        assertEquals("no-store", accepted.header("Cache-Control"));
        assertTrue(List.of("QUEUED", "RUNNING", "SUCCEEDED").contains(accepted.path("state")), accepted.asString());
        assertEquals(false, accepted.path("dryRun"));

        JsonPath ended = ImportJobClient.ended(path);
        assertEquals("SUCCEEDED", ended.getString("state"), ended.prettify());
        assertEquals(7, ended.getInt("progress.rowsDone"));
        assertEquals(7, ended.getInt("progress.rowsTotal"));
        assertEquals(7, ended.getInt("outcomes.CREATED"));
        OffsetDateTime finished = OffsetDateTime.parse(ended.getString("finishedAt"));
        assertEquals(Duration.ofDays(7), Duration.between(finished, OffsetDateTime.parse(ended.getString("expiresAt"))));
        assertTrue(ended.getString("rows").endsWith(path + "/rows"), ended.getString("rows"));

        given().auth().oauth2(TestTokens.admin()).queryParam("size", 3).queryParam("page", 1).get(path + "/rows")
                .then().statusCode(200)
                .body("totalItems", equalTo(7)).body("totalPages", equalTo(3))
                .body("items.line", equalTo(List.of(5, 6, 7))).body("items.outcome", equalTo(List.of("CREATED",
                        "CREATED", "CREATED")));
        given().auth().oauth2(TestTokens.admin()).queryParam("outcome", "FAILED").get(path + "/rows")
                .then().statusCode(200).body("totalItems", equalTo(0));

        // Again: a re-run creates nothing.
        JsonPath again = ImportJobClient.report(ImportJobClient.accepted(post(csv, false)));
        assertEquals(7, again.getInt("outcomes.MATCHED"), again.prettify());
    }

    @Test
    void shouldRefuseAFileItCannotReadAtTheRequestAndQueueNothing() {
        int before = jobCount();
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body("name,country\nJena,DE\n").post(DESTATIS).then(), 400)
                .body("errors[0].field", equalTo("body"));
        assertEquals(before, jobCount());
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/imports/jobs/" + UUID.randomUUID())
                .then().statusCode(404);
        assertProblem(given().auth().oauth2(TestTokens.editorOf()).get("/api/v1/imports/jobs").then(), 403);
    }

    @Test
    void shouldRunADryRunBesideAWritingImportAndBlockNoWriter() throws Exception {
        String csv = municipalities(5, 800);
        String name = csv.split("\n")[1].split(",")[7];
        String real;
        try (ImportLock held = new ImportLock()) {
            real = ImportJobClient.accepted(post(csv, false));
            // The writing import waits for the lock; a dry run of the same file does not.
            JsonPath dry = ImportJobClient.ended(ImportJobClient.accepted(post(csv, true)));
            assertEquals("SUCCEEDED", dry.getString("state"), dry.prettify());
            assertEquals(5, dry.getInt("outcomes.CREATED"));
            JsonPath waiting = job(real);
            assertFalse(List.of("SUCCEEDED", "FAILED").contains(waiting.getString("state")), waiting.prettify());
            // Nor does an editor: a municipality is created and changed while the writing import waits.
            String created = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                    .body("{\"name\": \"Nebenbei %s\", \"kind\": \"CITY\", \"country\": \"DE\"}".formatted(UUID.randomUUID()))
                    .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
            given().get("/api/v1/municipalities/" + created).then().statusCode(200);
            assertEquals(0, municipalitiesNamed(name.substring(0, name.lastIndexOf(' '))), "the dry run wrote nothing");
        }
        JsonPath done = ImportJobClient.ended(real);
        assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        assertEquals(5, done.getInt("outcomes.CREATED"));
        assertEquals(5, municipalitiesNamed(name.substring(0, name.lastIndexOf(' '))));
    }

    @Test
    void shouldLetJobsWaitInLineAndRefuseOneMoreWithRetryAfter() throws Exception {
        String csv = municipalities(3, 300);
        List<String> queued = new ArrayList<>();
        try (ImportLock held = new ImportLock()) {
            queued.add(ImportJobClient.accepted(post(csv, false)));
            // The first is taken by the worker (and waits for the lock); then the line fills up.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!"RUNNING".equals(job(queued.get(0)).getString("state")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals("RUNNING", job(queued.get(0)).getString("state"));
            for (int i = 0; i < 5; i++) {
                ExtractableResponse<Response> accepted = post(csv, false);
                queued.add(ImportJobClient.accepted(accepted));
                assertEquals("QUEUED", accepted.path("state"));
                assertEquals(i + 1, (int) accepted.path("jobsAhead"), accepted.asString());
            }
            assertProblem(post(csv, false).response().then(), 503)
                    .header("Retry-After", equalTo("" + ImportJobs.QUEUE_RETRY_AFTER_SECONDS))
                    .body("type", equalTo("https://twintowns.org/problems/import-queue-full"));
        }
        int created = 0;
        for (String path : queued) {
            JsonPath done = ImportJobClient.ended(path);
            assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
            created += done.getInt("outcomes.CREATED");
        }
        assertEquals(3, created, "the first job creates the places, the five after it match them");
    }

    @Test
    void shouldDoubleNothingWhenImportsAndADryRunStartTogether() throws Exception {
        String csv = municipalities(40, 1000);
        String name = csv.split("\n")[1].split(",")[7];
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (boolean dryRun : new boolean[] {false, false, true}) {
                answers.add(clients.submit(() -> post(csv, dryRun)));
            }
            int created = 0;
            for (Future<ExtractableResponse<Response>> answer : answers) {
                JsonPath done = ImportJobClient.ended(ImportJobClient.accepted(answer.get()));
                assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
                if (!done.getBoolean("dryRun")) {
                    created += done.getInt("outcomes.CREATED");
                }
            }
            assertEquals(40, created);
        } finally {
            clients.shutdownNow();
        }
        assertEquals(40, municipalitiesNamed(name.substring(0, name.lastIndexOf(' '))));
    }

    @Test
    void shouldKeepEditorsWritingWhileAnImportChangesTheSameRecords() throws Exception {
        int count = 300;
        String first = municipalities(count, 2000);
        String name = first.split("\n")[1].split(",")[7];
        String prefix = name.substring(0, name.lastIndexOf(' '));
        ImportJobClient.report(ImportJobClient.accepted(post(first, false)));
        List<String> ids = given().queryParam("q", prefix).queryParam("size", 20).get("/api/v1/municipalities")
                .then().statusCode(200).extract().path("items.id");
        // The same places with new populations: the import updates every one of them while editors change some.
        String second = first.lines().map(l -> l.replaceFirst(",1\\.0,(\\d+),",
                ",1.0,9$1,")).reduce("", (a, b) -> a + b + "\n");
        AtomicBoolean importing = new AtomicBoolean(true);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        List<Future<List<Integer>>> statuses = new ArrayList<>();
        try {
            for (int e = 0; e < 2; e++) {
                int editor = e;
                Callable<List<Integer>> edits = () -> {
                    List<Integer> seen = new ArrayList<>();
                    for (int round = 0; importing.get() || round < 3; round++) {
                        String id = ids.get((round * 2 + editor) % ids.size());
                        Response current = given().get("/api/v1/municipalities/" + id);
                        Map<String, Object> m = current.jsonPath().getMap("");
                        int status = given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                                .header("If-Match", current.header("ETag"))
                                .body(Map.of("name", m.get("name"), "kind", m.get("kind"), "country", m.get("country"),
                                        "officialCode", m.get("officialCode"), "population", 7 + round,
                                        "populationYear", 2024))
                                .put("/api/v1/municipalities/" + id).then().extract().statusCode();
                        seen.add(status);
                    }
                    return seen;
                };
                statuses.add(editors.submit(edits));
            }
            JsonPath done = ImportJobClient.ended(ImportJobClient.accepted(post(second, false)));
            importing.set(false);
            assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> editor : statuses) {
                all.addAll(editor.get());
            }
            assertTrue(all.stream().allMatch(s -> s == 200 || s == 412), "editors saw " + all);
            assertTrue(all.contains(200), "editors wrote: " + all);
        } finally {
            importing.set(false);
            editors.shutdownNow();
        }
        assertEquals(count, municipalitiesNamed(prefix), "nothing doubled");
        for (String id : ids) {
            int population = given().get("/api/v1/municipalities/" + id).then().statusCode(200).extract()
                    .path("population");
            assertTrue(population < 2000 || population >= 92000, id + ": an editor's population or the import's, "
                    + "never a mix: " + population);
        }
    }

    @Test
    void shouldRunAJobOnceWhenAnotherReplicaTakesItOverWhileItsWorkerWaitsForTheLock() throws Exception {
        String csv = municipalities(3, 300);
        String name = csv.split("\n")[1].split(",")[7];
        String job;
        ExecutorService otherReplica = Executors.newSingleThreadExecutor();
        Future<?> takeover;
        try (ImportLock longImport = new ImportLock()) {
            job = ImportJobClient.accepted(post(csv, false));
            UUID id = UUID.fromString(job.substring(job.lastIndexOf('/') + 1));
            // This replica's worker claims the job and waits behind the long import, writing no sign of life.
            await(() -> "RUNNING".equals(job(job).getString("state")));
            try (Connection c = dataSource.getConnection();
                 PreparedStatement silent = c.prepareStatement(
                         "update import_job set heartbeat_at = now() - interval '1 hour' where id = ?")) {
                silent.setObject(1, id);
                silent.executeUpdate();
            }
            // Another replica finds it silent, puts it back in line and claims it for its own worker.
            jobs.tidy();
            ImportJobs.Claimed claimed = jobs.claim(false).orElseThrow();
            assertEquals(id, claimed.id());
            assertEquals(2, claimed.attempts());
            takeover = otherReplica.submit(() -> worker.execute(claimed));
        }
        // The long import ended: both workers get the lock in turn, and only the job's present claimant runs it.
        takeover.get(3, java.util.concurrent.TimeUnit.MINUTES);
        otherReplica.shutdown();
        await(() -> !"RUNNING".equals(job(job).getString("state")));
        JsonPath done = ImportJobClient.ended(job);
        assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        assertEquals(3, done.getInt("outcomes.CREATED"), "run once: a second run would report them unchanged");
        assertEquals(3, municipalitiesNamed(name.substring(0, name.lastIndexOf(' '))));
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() - deadline < 0, "waited 30 s in vain");
            Thread.sleep(50);
        }
    }

    @Test
    void shouldPutAJobWhoseWorkerStoppedBackInLineAndDeleteExpiredOnes() throws Exception {
        String csv = municipalities(2, 100);
        UUID stalled = UUID.randomUUID();
        UUID expired = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into import_job (id, source, dry_run, state, "
                     + "created_at, started_at, heartbeat_at, attempts, body, finished_at, expires_at, updated_at) "
                     + "values (?, 'destatis-municipalities', false, ?, now() - interval '1 hour', "
                     + "now() - interval '1 hour', now() - interval '1 hour', 1, ?, ?, ?, now() - interval '1 hour')")) {
            insert.setObject(1, stalled);
            insert.setString(2, "RUNNING");
            insert.setString(3, csv);
            insert.setObject(4, null);
            insert.setObject(5, null);
            insert.executeUpdate();
            insert.setObject(1, expired);
            insert.setString(2, "SUCCEEDED");
            insert.setObject(3, null);
            insert.setObject(4, OffsetDateTime.now().minusDays(8));
            insert.setObject(5, OffsetDateTime.now().minusDays(1));
            insert.executeUpdate();
        }
        jobs.tidy();
        JsonPath done = ImportJobClient.ended("/api/v1/imports/jobs/" + stalled);
        assertEquals("SUCCEEDED", done.getString("state"), done.prettify());
        assertEquals(2, done.getInt("outcomes.CREATED"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/imports/jobs/" + expired).then().statusCode(404);
    }

    @Test
    void shouldReadTheWaitOfAPreferHeader() {
        assertEquals(0, PreferWait.seconds(null));
        assertEquals(0, PreferWait.seconds("respond-async"));
        assertEquals(5, PreferWait.seconds("wait=5"));
        assertEquals(7, PreferWait.seconds("respond-async, wait=7"));
        assertEquals(PreferWait.MAX_SECONDS, PreferWait.seconds("wait=3600"));
        assertEquals(PreferWait.MAX_SECONDS, PreferWait.seconds("wait=99999999999999"));
        assertEquals(0, PreferWait.seconds("handling=lenient"));
    }
}
