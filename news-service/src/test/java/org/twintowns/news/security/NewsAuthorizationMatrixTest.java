package org.twintowns.news.security;

import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.etagAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;
import static org.twintowns.news.media.MediaFixtures.mediaPath;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.twintowns.news.media.MediaFixtures;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.authz.AuthorizationMatrix;
import org.twintowns.testing.authz.AuthorizationMatrixSuite;
import org.twintowns.testing.authz.WriteTarget;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * Who may write which news, straight at the service: an item belongs to its issuing municipality,
 * and its editors may neither change another's items nor hand their own to another issuer.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class NewsAuthorizationMatrixTest extends AuthorizationMatrixSuite {

    static final AuthorizationMatrix MATRIX = new AuthorizationMatrix()
            .owner("POST /api/v1/news", () -> {
                UUID issuer = UUID.randomUUID();
                return WriteTarget.post(PATH).body(item("Neue Meldung " + marker(), issuer, "")).ownedBy(issuer.toString())
                        .state(() -> drafts(issuer));
            })
            .owner("PUT /api/v1/news/{id}", () -> {
                UUID issuer = UUID.randomUUID();
                String headline = "Meldung " + marker();
                String id = createAsAdmin(item(headline, issuer, ""));
                return WriteTarget.put(PATH + "/" + id).header("If-Match", etagAsAdmin(id))
                        .body(item(headline + " (berichtigt)", issuer, "")).ownedBy(issuer.toString()).hiddenFromOthers()
                        .escapingWith(item(headline, UUID.randomUUID(), "")).state(() -> snapshot(id));
            })
            .owner("POST /api/v1/news/{id}/status", () -> {
                UUID issuer = UUID.randomUUID();
                String id = createAsAdmin(item("Entwurf " + marker(), issuer, ""));
                return WriteTarget.post(PATH + "/" + id + "/status").header("If-Match", etagAsAdmin(id))
                        .body("{\"status\": \"PUBLISHED\"}").ownedBy(issuer.toString()).hiddenFromOthers().state(() -> snapshot(id));
            })
            .owner("POST /api/v1/news/{id}/media", () -> {
                UUID issuer = UUID.randomUUID();
                String id = createAsAdmin(item("Mit Bild " + marker(), issuer, ""));
                MediaFixtures.Form form = MediaFixtures.uploadForm(MediaFixtures.image("png", 4, 4), "a.png", "image/png");
                return WriteTarget.post(mediaPath(id)).body(form.contentType(), form.body())
                        .ownedBy(issuer.toString()).hiddenFromOthers().state(() -> snapshot(id));
            })
            .owner("PUT /api/v1/news/{id}/media/{mediaId}", () -> {
                UUID issuer = UUID.randomUUID();
                String[] media = itemWithImage(issuer);
                return WriteTarget.put(media[1]).header("If-Match", "\"0\"")
                        .body("{\"credit\": \"Foto: Stadtarchiv\", \"licence\": \"press use only\"}")
                        .ownedBy(issuer.toString()).hiddenFromOthers().state(() -> snapshot(media[0]) + asAdmin().get(media[1]).asString());
            })
            .owner("DELETE /api/v1/news/{id}/media/{mediaId}", () -> {
                UUID issuer = UUID.randomUUID();
                String[] media = itemWithImage(issuer);
                return WriteTarget.delete(media[1]).header("If-Match", "\"0\"")
                        .ownedBy(issuer.toString()).hiddenFromOthers().state(() -> snapshot(media[0]) + asAdmin().get(media[1]).asString());
            });

    /** A draft item of this issuer with one image: the item's id and the image's path. */
    private static String[] itemWithImage(UUID issuer) {
        String id = createAsAdmin(item("Bild " + marker(), issuer, ""));
        String mediaId = MediaFixtures.upload(asAdmin(), id, MediaFixtures.image("png", 4, 4), "a.png", "image/png", null)
                .then().statusCode(201).extract().path("id");
        return new String[] {id, mediaPath(id) + "/" + mediaId};
    }

    @Override
    protected AuthorizationMatrix matrix() {
        return MATRIX;
    }

    private static String snapshot(String id) {
        Response r = asAdmin().get(PATH + "/" + id);
        return r.statusCode() + " " + r.header("ETag") + " " + r.asString();
    }

    private static String drafts(UUID issuer) {
        return asAdmin().queryParam("status", "DRAFT").queryParam("issuer", issuer).get(PATH)
                .then().statusCode(200).extract().path("totalItems").toString();
    }
}
