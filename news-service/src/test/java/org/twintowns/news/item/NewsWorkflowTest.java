package org.twintowns.news.item;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.changeStatus;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.NewsFixtures.moveAsAdmin;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.news.item.service.DuePublisher;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsWorkflowTest {

    @Inject
    NewsItemRepository repository;

    @Inject
    DuePublisher duePublisher;

    private static String future(long seconds) {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).plusSeconds(seconds).toString();
    }

    private NewsItem stored(String id) {
        return QuarkusTransaction.requiringNew().call(() -> repository.findById(UUID.fromString(id)));
    }

    @Test
    void shouldKeepScheduledItemPrivateUntilItsTimeThenShowItWithoutAnyoneActing() throws Exception {
        String m = marker();
        String id = createAsAdmin(item("Sommerschule Kassel " + m, UUID.randomUUID(), ""));
        String publishAt = future(2);
        moveAsAdmin(id, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + publishAt + "\"}");

        assertProblem(given().get(PATH + "/" + id).then(), 404);
        given().queryParam("q", m).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        asAdmin().get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("publishAt", notNullValue())
                .body("publishedAt", nullValue());

        // No job runs here: the embargo ends by the visibility rule alone.
        Thread.sleep(2_500);
        given().get(PATH + "/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", notNullValue());
        given().queryParam("q", m).get(PATH).then().statusCode(200).body("items.id", equalTo(List.of(id)));
        assertEquals(NewsItem.Status.SCHEDULED, stored(id).status);
    }

    @Test
    void shouldLetTheSchedulerRecordDueItemsAsPublished() {
        String id = createAsAdmin(item("Fälliger Termin " + marker(), UUID.randomUUID(), ""));
        moveAsAdmin(id, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + future(3600) + "\"}");
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS);
        // As if the hour had passed.
        QuarkusTransaction.requiringNew().run(() ->
                repository.update("publishedAt = ?1 where id = ?2", past, UUID.fromString(id)));

        duePublisher.publishDue();

        NewsItem item = stored(id);
        assertEquals(NewsItem.Status.PUBLISHED, item.status);
        assertEquals(past.toInstant(), item.publishedAt.toInstant());
        asAdmin().get(PATH + "/" + id + "/revisions").then().statusCode(200)
                .body("author", equalTo(List.of("admin@test", "system:scheduler")))
                .body("change[1]", equalTo("STATUS SCHEDULED->PUBLISHED"));
    }

    @Test
    void shouldWithdrawPublishedItemFromPublicButKeepItForEditors() {
        UUID jena = UUID.randomUUID();
        String m = marker();
        String id = createAsAdmin(item("Rückzug " + m, jena, "\"status\": \"PUBLISHED\""));
        given().get(PATH + "/" + id).then().statusCode(200);

        moveAsAdmin(id, "{\"status\": \"WITHDRAWN\"}");

        assertProblem(given().get(PATH + "/" + id).then(), 404);
        given().queryParam("q", m).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
        asEditorOf(jena).get(PATH + "/" + id).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .body("status", equalTo("WITHDRAWN"));
        asEditorOf(jena).queryParam("status", "WITHDRAWN").queryParam("q", m).get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void shouldRejectIllegalTransitionAndChangeNothing() {
        String id = createAsAdmin(item("Entwurf " + marker(), UUID.randomUUID(), ""));
        String etag = etagAsAdmin(id);
        assertProblem(changeStatus(asAdmin(), id, etag, "{\"status\": \"WITHDRAWN\"}").then(), 409)
                .body("type", equalTo("https://twintowns.org/problems/invalid-transition"))
                .body("detail", equalTo("A DRAFT item cannot become WITHDRAWN; it can become PUBLISHED, SCHEDULED."));
        assertEquals(etag, etagAsAdmin(id));
        assertEquals(NewsItem.Status.DRAFT, stored(id).status);
        asAdmin().get(PATH + "/" + id + "/revisions").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void shouldRejectPublishAtThatIsNotIso8601WithOffsetOrNotInTheFuture() {
        String id = createAsAdmin(item("Embargo " + marker(), UUID.randomUUID(), ""));
        String etag = etagAsAdmin(id);
        for (String publishAt : List.of("morgen", "2030-12-01T09:00:00", "2030-12-01", "2020-01-01T00:00:00Z")) {
            assertProblem(changeStatus(asAdmin(), id, etag,
                    "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + publishAt + "\"}").then(), 400)
                    .body("errors.field", equalTo(List.of("publishAt")));
        }
        assertProblem(changeStatus(asAdmin(), id, etag, "{\"status\": \"SCHEDULED\"}").then(), 400)
                .body("errors.field", equalTo(List.of("publishAt")));
        assertEquals(etag, etagAsAdmin(id));
        assertEquals(NewsItem.Status.DRAFT, stored(id).status);
    }

    @Test
    void shouldRequireCurrentEtagForStatusChangesAndUpdates() {
        String id = createAsAdmin(item("Versionen " + marker(), UUID.randomUUID(), ""));
        String etag = etagAsAdmin(id);
        assertProblem(asAdmin().contentType(ContentType.JSON).body("{\"status\": \"PUBLISHED\"}")
                .post(PATH + "/" + id + "/status").then(), 428);
        assertProblem(changeStatus(asAdmin(), id, "\"999\"", "{\"status\": \"PUBLISHED\"}").then(), 412);
        assertProblem(asAdmin().contentType(ContentType.JSON).body(item("Neu", UUID.randomUUID(), ""))
                .put(PATH + "/" + id).then(), 428);
        assertProblem(asAdmin().contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body(item("Neu", UUID.randomUUID(), "")).put(PATH + "/" + id).then(), 412);
        assertEquals(etag, etagAsAdmin(id));
        assertEquals(NewsItem.Status.DRAFT, stored(id).status);
    }

    @Test
    void shouldReplaceContentAndKeepThePreviousContentAsRevision() {
        UUID jena = UUID.randomUUID();
        String m = marker();
        String id = createAsAdmin(item("Erste Fassung " + m, jena, "\"topics\": [\"solidarity\"]"));
        String etag = etagAsAdmin(id);

        String newEtag = asEditorOf(jena).contentType(ContentType.JSON).header("If-Match", etag)
                .body(item("Zweite Fassung " + m, jena, "\"topics\": [\"fire-services\"]"))
                .put(PATH + "/" + id)
                .then().statusCode(200)
                .body("headline", equalTo("Zweite Fassung " + m))
                .body("topics", equalTo(List.of("fire-services")))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);

        asEditorOf(jena).get(PATH + "/" + id + "/revisions").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].number", equalTo(1))
                .body("[0].author", equalTo("editor@test"))
                .body("[0].change", equalTo("UPDATED"));
        asEditorOf(jena).get(PATH + "/" + id + "/revisions/1").then().statusCode(200)
                .body("previous.headline", equalTo("Erste Fassung " + m))
                .body("previous.topics", equalTo(List.of("solidarity")))
                .body("previous.body", equalTo("<p>Der ganze Text.</p>"))
                .body("previous.issuerMunicipalityId", equalTo(jena.toString()));
        assertProblem(asEditorOf(jena).get(PATH + "/" + id + "/revisions/2").then(), 404);
        assertProblem(given().get(PATH + "/" + id + "/revisions").then(), 401);
        // A draft is hidden from editors of other municipalities: its revisions look like those of no item.
        assertProblem(asEditorOf(UUID.randomUUID()).get(PATH + "/" + id + "/revisions/1").then(), 404);
    }

    @Test
    void shouldAnswerNotModifiedForCurrentEtag() {
        String id = createAsAdmin(item("Zwischenspeicher " + marker(), UUID.randomUUID(), "\"status\": \"PUBLISHED\""));
        String etag = given().get(PATH + "/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(PATH + "/" + id).then().statusCode(304)
                .header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"41\"").get(PATH + "/" + id).then().statusCode(200);
    }

    @Test
    void shouldMoveScheduledItemBackToDraftAndPublishLaterAtOnce() {
        String id = createAsAdmin(item("Hin und her " + marker(), UUID.randomUUID(), ""));
        moveAsAdmin(id, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + future(3600) + "\"}");
        moveAsAdmin(id, "{\"status\": \"DRAFT\"}");
        asAdmin().get(PATH + "/" + id).then().body("status", equalTo("DRAFT")).body("publishAt", nullValue());
        moveAsAdmin(id, "{\"status\": \"PUBLISHED\"}");
        given().get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        asAdmin().get(PATH + "/" + id + "/revisions").then()
                .body("change", equalTo(List.of("STATUS DRAFT->SCHEDULED", "STATUS SCHEDULED->DRAFT",
                        "STATUS DRAFT->PUBLISHED")))
                .body("[1].number", equalTo(2));
    }
}
