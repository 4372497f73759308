package org.twintowns.news.item;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.NewsFixtures.moveAsAdmin;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.upload;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.twintowns.news.StubReferences;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/**
 * An item a caller may not see (a draft, an embargoed item of another municipality) must look exactly
 * like an item that does not exist, on every read of it the contract documents: same status, same
 * problem type. Otherwise the answers are an oracle for which ids exist.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(StubReferences.class)
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
}
