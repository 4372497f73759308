package org.twintowns.news.item;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.as;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.changeStatus;
import static org.twintowns.news.NewsFixtures.create;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.news.item.repository.NewsItemRepository;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsAuthorizationTest {

    @Inject
    NewsItemRepository repository;

    private long stored(String headline) {
        return repository.count("headline", headline);
    }

    @Test
    void shouldRejectAnonymousAndForgedWritesAndStoreNothing() {
        String headline = "Anonym " + marker();
        assertProblem(create(given(), item(headline, UUID.randomUUID(), "")).then(), 401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"twintowns\""));
        assertProblem(create(as(TestTokens.forgedAdmin()), item(headline, UUID.randomUUID(), "")).then(), 401);
        assertEquals(0, stored(headline));
    }

    @Test
    void shouldLetEditorWriteOnlyForTheirMunicipalities() {
        UUID jena = UUID.randomUUID();
        UUID kassel = UUID.randomUUID();
        String foreign = "Fremde Stadt " + marker();
        assertProblem(create(asEditorOf(kassel), item(foreign, jena, "")).then(), 403);
        assertEquals(0, stored(foreign));
        // Items of organisations belong to no municipality: admins only.
        assertProblem(create(asEditorOf(kassel), """
                {"headline": "%s", "body": "Text", "language": "de", "issuerName": "SKEW"}""".formatted(foreign))
                .then(), 403);
        assertEquals(0, stored(foreign));
        String viewer = "Ohne Rolle " + marker();
        assertProblem(create(as(TestTokens.token("reader@test", Set.of("reader"), Set.of(jena.toString()))),
                item(viewer, jena, "")).then(), 403);
        assertEquals(0, stored(viewer));

        create(asEditorOf(jena), item("Eigene Stadt " + marker(), jena, "")).then().statusCode(201)
                .header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldNotLetOtherEditorsChangeAnItemNorMoveItToAnotherMunicipality() {
        UUID jena = UUID.randomUUID();
        UUID kassel = UUID.randomUUID();
        String headline = "Jenaer Meldung " + marker();
        // Published, so Kassel's editor sees it: a draft they may not see is 404 (HiddenLikeAbsentTest).
        String id = createAsAdmin(item(headline, jena, "\"status\": \"PUBLISHED\""));
        String etag = etagAsAdmin(id);

        assertProblem(asEditorOf(kassel).contentType(ContentType.JSON).header("If-Match", etag)
                .body(item("Gekapert", kassel, "")).put(PATH + "/" + id).then(), 403);
        assertProblem(changeStatus(asEditorOf(kassel), id, etag, "{\"status\": \"WITHDRAWN\"}").then(), 403);
        assertProblem(changeStatus(given(), id, etag, "{\"status\": \"WITHDRAWN\"}").then(), 401);
        // Jena's editor may not hand the item to Kassel either.
        assertProblem(asEditorOf(jena).contentType(ContentType.JSON).header("If-Match", etag)
                .body(item(headline, kassel, "")).put(PATH + "/" + id).then(), 403);

        assertEquals(etag, etagAsAdmin(id));
        asAdmin().get(PATH + "/" + id).then()
                .body("headline", equalTo(headline))
                .body("issuerMunicipalityId", equalTo(jena.toString()))
                .body("status", equalTo("PUBLISHED"));
    }

    @Test
    void shouldShowDraftsOnlyToTheirEditorsAndAdmins() {
        UUID jena = UUID.randomUUID();
        String m = marker();
        String id = createAsAdmin(item("Entwurf Jena " + m, jena, ""));

        assertProblem(given().get(PATH + "/" + id).then(), 404);
        assertProblem(asEditorOf(UUID.randomUUID()).get(PATH + "/" + id).then(), 404);
        asEditorOf(jena).get(PATH + "/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
        asAdmin().get(PATH + "/" + id).then().statusCode(200);

        assertProblem(given().queryParam("status", "DRAFT").get(PATH).then(), 401);
        assertProblem(as(TestTokens.token("reader@test", Set.of("reader"), Set.of())).queryParam("status", "DRAFT")
                .get(PATH).then(), 403);
        asEditorOf(UUID.randomUUID()).queryParam("status", "DRAFT").queryParam("q", m).get(PATH)
                .then().statusCode(200).body("totalItems", equalTo(0));
        asEditorOf(jena).queryParam("status", "DRAFT").queryParam("q", m).get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        asAdmin().queryParam("status", "draft").queryParam("q", m).get(PATH)
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        assertProblem(asAdmin().queryParam("status", "LOST").get(PATH).then(), 400)
                .body("errors[0].field", equalTo("status"));
        // Without status even editors get the public list.
        asEditorOf(jena).queryParam("q", m).get(PATH).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
