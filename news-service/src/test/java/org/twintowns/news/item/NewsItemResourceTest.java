package org.twintowns.news.item;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.text.Slugs;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.testing.ListEndpointSuite;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.sync.Touch;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsItemResourceTest extends ListEndpointSuite {

    private static final String PATH = "/api/v1/news";

    @Inject
    DataSource database;

    NewsItemResourceTest() {
        super(PATH, "body");
    }

    /** The public news list: three items published now. */
    @Override
    protected SyncFixture syncFixture(String operationId) {
        if (!operationId.equals("listNewsItems")) {
            throw new AssertionError("No sync fixture for the list " + operationId);
        }
        for (int i = 0; i < 3; i++) {
            create("Synchronisiert " + token(), "de", "PUBLISHED");
        }
        return SyncFixture.of(PATH, Touch.row(database, "news_item", "id", true));
    }

    @Override
    protected BulkRows addBulkRows(int rows) {
        String tag = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
        // Published releases, one every few hours over the last two years, last changed a year ago.
        return BulkRows.insert(database, Set.of("news_item", "news_media", "news_revision"), List.of("""
                INSERT INTO news_item (id, slug, headline, body, language, status, published_at, issuer_name,
                                       created_at, updated_at, version)
                SELECT gen_random_uuid(), '%1$s-' || g, 'Meldung %1$s ' || g, 'Der ganze Text.', 'de', 'PUBLISHED',
                       now() - interval '730 days' + g * interval '3 hours', 'Stadt Jena',
                       now() - interval '400 days', now() - interval '400 days', 0
                FROM generate_series(1, %2$d) g""".formatted(tag, rows)), List.of(
                "DELETE FROM news_item WHERE slug LIKE '" + tag + "-%'"));
    }

    /** Reads the table directly: drafts are invisible through the API, so only it can prove nothing was written. */
    @Inject
    NewsItemRepository repository;

    /** A token per test keeps tests independent of each other and of earlier data. */
    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String json(String headline, String slug, String language, String status) {
        return """
                {"headline": "%s", %s"lead": "Kurz gesagt.", "body": "Der ganze Text.", "language": "%s", "issuerName": "Stadt Jena"%s}"""
                .formatted(headline, slug == null ? "" : "\"slug\": \"" + slug + "\", ", language,
                        status == null ? "" : ", \"status\": \"" + status + "\"");
    }

    private static Response post(String json) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(json).post(PATH);
    }

    private static String create(String headline, String language, String status) {
        return post(json(headline, null, language, status)).then().statusCode(201).extract().path("id");
    }

    private long storedWithSlug(String slug) {
        return repository.count("slug", slug);
    }

    @Test
    void shouldCreatePublishedItemAndReadItBack() {
        String headline = "Jena empfängt Delegation aus Brovary " + token();
        Response created = post(json(headline, null, "de", "PUBLISHED"));
        created.then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .body("slug", equalTo(Slugs.of(headline, 160)))
                .body("slug", startsWith("jena-empfangt-delegation-aus-brovary-"))
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());

        given().get(created.header("Location"))
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(created.path("id")))
                .body("headline", equalTo(headline))
                .body("lead", equalTo("Kurz gesagt."))
                .body("body", equalTo("Der ganze Text."))
                .body("language", equalTo("de"))
                .body("status", equalTo("PUBLISHED"));
        OffsetDateTime publishedAt = OffsetDateTime.parse(created.path("publishedAt"));
        OffsetDateTime readBack = OffsetDateTime.parse(given().get(created.header("Location")).path("publishedAt"));
        assertEquals(publishedAt.toInstant(), readBack.toInstant());
    }

    @Test
    void shouldKeepDraftsOutOfPublicReads() {
        String token = token();
        String publishedId = create("Partnerschaftstag " + token, "de", "PUBLISHED");
        Response draft = post(json("Partnerschaftstag Entwurf " + token, null, "de", null));
        draft.then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("publishedAt", nullValue());
        String draftId = draft.path("id");

        assertProblem(given().get(draft.header("Location")).then(), 404)
                .body("type", equalTo("https://twintowns.org/problems/resource-not-found"))
                .body("detail", equalTo("No news item with id " + draftId + "."));
        UUID unknown = UUID.randomUUID();
        assertProblem(given().get(PATH + "/" + unknown).then(), 404)
                .body("type", equalTo("https://twintowns.org/problems/resource-not-found"))
                .body("detail", equalTo("No news item with id " + unknown + "."));

        given().queryParam("q", token).get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("totalPages", equalTo(1))
                .body("items.id", equalTo(List.of(publishedId)));
    }

    /** %test estimates totals beyond 10 items (twintowns.paging.exact-count-limit); prod beyond 1,000. */
    @Test
    void shouldEstimateATotalTooLargeToCountAndCountASmallOneExactly() {
        String prefix = "Archiv " + token();
        for (int i = 0; i < 11; i++) {
            create(prefix + " " + (i < 3 ? "klein " : "") + i, "de", "PUBLISHED");
        }
        given().queryParam("q", prefix).queryParam("size", 2).get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("totalItemsEstimated", equalTo(true))
                .body("totalItems", greaterThanOrEqualTo(11));
        given().queryParam("q", prefix + " klein").queryParam("size", 2).get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("$", not(hasKey("totalItemsEstimated")));
    }

    @Test
    void shouldPageThroughListWithLinkHeaders() {
        String prefix = "Sommerschule " + token();
        for (int i = 0; i < 3; i++) {
            create(prefix + " " + i, "de", "PUBLISHED");
        }
        given().queryParam("q", prefix).queryParam("size", 2).queryParam("page", 0)
                .get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                // Newest first by default.
                .body("items[0].headline", equalTo(prefix + " 2"))
                .header("Link", containsString("rel=\"next\""))
                .header("Link", containsString("page=1"));

        given().queryParam("q", prefix).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-headline")
                .get(PATH)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].headline", equalTo(prefix + " 0"))
                .header("Link", containsString("rel=\"prev\""));
    }

    @Test
    void shouldFilterByLanguageAndCaseInsensitiveHeadline() {
        String token = token();
        create("Solidaritätspartnerschaft Jena und Brovary " + token, "de", "PUBLISHED");
        create("Solidarity partnership Jena and Brovary " + token, "en", "PUBLISHED");
        post(json("Партнерство солідарності Бровари та Єна " + token, "brovary-jena-uk-" + token, "uk", "PUBLISHED"))
                .then().statusCode(201);

        given().queryParam("q", token).queryParam("language", "uk")
                .get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.language", everyItem(equalTo("uk")));
        given().queryParam("q", "SOLIDARITÄTSPARTNERSCHAFT JENA UND BROVARY " + token.toUpperCase())
                .get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].language", equalTo("de"));
        // LIKE wildcards in q are literal characters, not patterns.
        given().queryParam("q", token + "%").get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldFilterByPublicationTime() {
        String token = token();
        OffsetDateTime publishedAt = OffsetDateTime.parse(
                post(json("Online-Sommerschule Kassel " + token, null, "de", "PUBLISHED")).path("publishedAt"));
        String at = publishedAt.toInstant().toString();
        String later = publishedAt.toInstant().plusSeconds(1).toString();

        given().queryParam("q", token).queryParam("from", at).queryParam("to", later).get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(1));
        given().queryParam("q", token).queryParam("from", later).get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("q", token).queryParam("to", at).get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldRejectEmptyPublicationInterval() {
        assertProblem(given().queryParam("from", "2022-12-02T00:00:00Z").queryParam("to", "2022-12-01T00:00:00Z")
                .get(PATH).then(), 400)
                .body("errors[0].field", equalTo("to"));
        assertProblem(given().queryParam("from", "2022-12-01T00:00:00Z").queryParam("to", "2022-12-01T00:00:00Z")
                .get(PATH).then(), 400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRejectPublicationTimeThatIsNotIso8601() {
        assertProblem(given().queryParam("from", "yesterday").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("from"));
        // Without an offset the instant is ambiguous.
        assertProblem(given().queryParam("to", "2022-12-01T00:00:00").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRejectBlankHeadline() {
        String slug = "blank-" + token();
        assertProblem(post(json(" ", slug, "de", "PUBLISHED")).then(), 400)
                .body("type", equalTo("https://twintowns.org/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("headline")));
        assertEquals(0, storedWithSlug(slug));
    }

    @Test
    void shouldRejectLanguageThatIsNotIso639Alpha2() {
        String slug = "language-" + token();
        assertProblem(post(json("Sprachtest " + slug, slug, "deu", "PUBLISHED")).then(), 400)
                .body("errors.field", equalTo(List.of("language")));
        assertProblem(post(json("Sprachtest " + slug, slug, "xx", "PUBLISHED")).then(), 400)
                .body("errors.field", equalTo(List.of("language")));
        assertEquals(0, storedWithSlug(slug));
    }

    @Test
    void shouldRejectCreatingWithdrawnOrScheduledItem() {
        String slug = "status-" + token();
        for (String status : List.of("WITHDRAWN", "SCHEDULED")) {
            assertProblem(post(json("Statustest " + slug, slug, "de", status)).then(), 400)
                    .body("errors.field", equalTo(List.of("status")));
        }
        assertEquals(0, storedWithSlug(slug));
    }

    @Test
    void shouldAskForSlugWhenHeadlineHasNoLatinLetters() {
        String headline = "Делегація з Броварів відвідала Єну";
        long before = repository.count("headline", headline);
        assertProblem(post(json(headline, null, "uk", "PUBLISHED")).then(), 400)
                .body("errors.field", equalTo(List.of("slug")));
        assertEquals(before, repository.count("headline", headline));
    }

    @Test
    void shouldRejectDuplicateSlugWithConflict() {
        String slug = "twin-" + token();
        post(json("Erste Meldung " + slug, slug, "de", "PUBLISHED")).then().statusCode(201);
        assertProblem(post(json("Zweite Meldung " + slug, slug, "de", null)).then(), 409)
                .body("type", equalTo("https://twintowns.org/problems/conflict"))
                .body("detail", containsString(slug));
        assertEquals(1, storedWithSlug(slug));
    }

    @Test
    void shouldCreateOnlyOneOfConcurrentItemsWithTheSameSlug() throws Exception {
        String slug = "race-" + token();
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Response>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String body = json("Wettlauf " + i + " " + slug, slug, "de", "PUBLISHED");
                responses.add(pool.submit(() -> {
                    start.await();
                    return post(body);
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<Response> future : responses) {
                Response response = future.get();
                if (response.statusCode() == 201) {
                    created++;
                } else {
                    assertProblem(response.then(), 409).body("detail", containsString(slug));
                }
            }
            assertEquals(1, created);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, storedWithSlug(slug));
    }

    @Test
    void shouldAnswerConflictWhenSlugIsTakenBetweenCheckAndInsert() {
        String slug = "late-" + token();
        post(json("Erste Meldung " + slug, slug, "de", "PUBLISHED")).then().statusCode(201);
        // As if a concurrent create stored the slug right after this request checked for it.
        QuarkusMock.installMockForType(new NewsItemRepository() {
            @Override
            public boolean slugTaken(String ignored) {
                return false;
            }
        }, NewsItemRepository.class);
        assertProblem(post(json("Zweite Meldung " + slug, slug, "de", "PUBLISHED")).then(), 409)
                .body("type", equalTo("https://twintowns.org/problems/conflict"))
                .body("detail", containsString(slug));
        assertEquals(1, storedWithSlug(slug));
    }

    @Test
    void shouldRejectMalformedJson() {
        assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"headline\": \"Halb\",").post(PATH).then(), 400)
                .body("type", equalTo("https://twintowns.org/problems/malformed-request-body"));
        for (String malformed : List.of("{\"headline\": \"Halb", "nonsense", "[]")) {
            assertProblem(given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(malformed).post(PATH)
                    .then(), 400);
        }
    }
}
