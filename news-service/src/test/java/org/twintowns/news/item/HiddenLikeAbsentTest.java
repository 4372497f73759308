package org.twintowns.news.item;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.NewsFixtures.moveAsAdmin;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.upload;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * An item a caller may not see (a draft, an embargoed item of another municipality) must look exactly
 * like an item that does not exist, on every read of it the contract documents: same status, same
 * problem type; and so on every write of it. Otherwise the answers are an oracle for which ids exist.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class HiddenLikeAbsentTest {

    /** The documented reads of one item: GET operations under /api/v1/news/{id}. */
    private static List<String> itemReads() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> reads = paths.entrySet().stream()
                .filter(e -> e.getKey().startsWith(PATH + "/{id}") && e.getValue().containsKey("get"))
                .map(Map.Entry::getKey).sorted().toList();
        assertFalse(reads.isEmpty(), "the contract documents no read of a single item");
        return reads;
    }

    /** A hidden item with an image and a revision: its id and its image's id. */
    private static String[] hiddenItem(UUID issuer, boolean embargoed) {
        String id = createAsAdmin(item("Verborgen " + marker(), issuer, ""));
        String mediaId = upload(asAdmin(), id, image("png", 8, 8), "a.png", "image/png", null)
                .then().statusCode(201).extract().path("id");
        if (embargoed) {
            String publishAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString();
            moveAsAdmin(id, "{\"status\": \"SCHEDULED\", \"publishAt\": \"" + publishAt + "\"}");
        }
        return new String[] {id, mediaId};
    }

    private static String fill(String template, String id, String mediaId) {
        return template.replace("{id}", id).replace("{mediaId}", mediaId).replace("{number}", "1");
    }

    private static void assertSameAnswers(Supplier<RequestSpecification> caller, String who, String[] hidden) {
        for (String read : itemReads()) {
            Response toHidden = caller.get().get(fill(read, hidden[0], hidden[1]));
            Response toAbsent = caller.get().get(fill(read, UUID.randomUUID().toString(), UUID.randomUUID().toString()));
            String context = read + " by " + who + ": hidden " + toHidden.statusCode() + " " + toHidden.asString()
                    + ", absent " + toAbsent.statusCode() + " " + toAbsent.asString();
            assertEquals(toAbsent.statusCode(), toHidden.statusCode(), context);
            assertEquals(String.valueOf(toAbsent.<Object>path("type")), String.valueOf(toHidden.<Object>path("type")),
                    context);
        }
    }

    @Test
    void shouldAnswerAnEditorOfAnotherMunicipalityAboutADraftAsIfItDidNotExist() {
        String[] draft = hiddenItem(UUID.randomUUID(), false);
        String otherEditor = TestTokens.editorOf(UUID.randomUUID().toString());
        assertSameAnswers(() -> given().auth().oauth2(otherEditor), "an editor elsewhere", draft);
    }

    @Test
    void shouldAnswerAnEditorOfAnotherMunicipalityAboutAnEmbargoedItemAsIfItDidNotExist() {
        String[] embargoed = hiddenItem(UUID.randomUUID(), true);
        String otherEditor = TestTokens.editorOf(UUID.randomUUID().toString());
        assertSameAnswers(() -> given().auth().oauth2(otherEditor), "an editor elsewhere", embargoed);
    }

    @Test
    void shouldAnswerAnonymousCallersAboutADraftAsIfItDidNotExist() {
        assertSameAnswers(() -> given(), "anonymous", hiddenItem(UUID.randomUUID(), false));
    }

    /**
     * The same for every documented write of an item (PUT, status, media upload, edit and delete):
     * an editor elsewhere gets 404 for an item they may not see, as for an unknown id; 403 is kept
     * for an item they can see but not change.
     */
    @Test
    void shouldAnswerAnEditorOfAnotherMunicipalityWritingToAHiddenItemAsIfItDidNotExist() {
        UUID own = UUID.randomUUID();
        String[] hidden = hiddenItem(UUID.randomUUID(), false);
        String[] absent = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
        Supplier<RequestSpecification> editor = () -> asEditorOf(own).header("If-Match", "\"0\"");
        List<Function<String[], Response>> writes = List.of(
                item -> editor.get().contentType(ContentType.JSON).body(item("Meins " + marker(), own, ""))
                        .put(PATH + "/" + item[0]),
                item -> editor.get().contentType(ContentType.JSON).body("{\"status\": \"PUBLISHED\"}")
                        .post(PATH + "/" + item[0] + "/status"),
                item -> upload(editor.get(), item[0], image("png", 8, 8), "b.png", "image/png", null),
                item -> editor.get().contentType(ContentType.JSON)
                        .body("{\"altText\": \"Neu\", \"credit\": \"Foto: Stadt Jena\", \"licence\": \"CC BY 4.0\"}")
                        .put(PATH + "/" + item[0] + "/media/" + item[1]),
                item -> editor.get().delete(PATH + "/" + item[0] + "/media/" + item[1]));
        for (int n = 0; n < writes.size(); n++) {
            Response toHidden = writes.get(n).apply(hidden);
            Response toAbsent = writes.get(n).apply(absent);
            String context = "write " + n + ": hidden " + toHidden.statusCode() + " " + toHidden.asString()
                    + ", absent " + toAbsent.statusCode() + " " + toAbsent.asString();
            assertEquals(404, toHidden.statusCode(), context);
            assertEquals(String.valueOf(toAbsent.<Object>path("type")), String.valueOf(toHidden.<Object>path("type")),
                    context);
        }
        // A published item of another municipality is visible: refusing to change it says nothing new.
        String published = createAsAdmin(item("Öffentlich " + marker(), UUID.randomUUID(), "\"status\": \"PUBLISHED\""));
        editor.get().contentType(ContentType.JSON).body(item("Meins " + marker(), own, ""))
                .put(PATH + "/" + published).then().statusCode(403);
    }
}
