package org.twintowns.news.item;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.createAsAdmin;
import static org.twintowns.news.NewsFixtures.item;
import static org.twintowns.news.NewsFixtures.marker;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/**
 * The by-line names the issuing municipality (ninjs {@code by} and {@code copyrightholder}, the feeds'
 * authors), asked of partnerships-service once per representation; when that service cannot answer,
 * the read still succeeds and the by-line is left out, never replaced by the municipality's id.
 */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class IssuerBylineTest {

    @Test
    void shouldNameTheIssuingMunicipalityInNinjsAndFeeds() {
        String topic = "t" + marker();
        UUID jena = ReferenceStub.municipalityNamed("Jena");
        UUID kassel = ReferenceStub.municipalityNamed("Kassel");
        String id = createAsAdmin(item("Aus Jena " + marker(), jena,
                "\"status\": \"PUBLISHED\", \"topics\": [\"" + topic + "\"]"));
        createAsAdmin(item("Aus Kassel " + marker(), kassel,
                "\"status\": \"PUBLISHED\", \"topics\": [\"" + topic + "\"]"));

        given().accept("application/ninjs+json").get(PATH + "/" + id).then().statusCode(200)
                .body("by", equalTo("Jena")).body("copyrightholder", equalTo("Jena"));

        int asked = ReferenceStub.received(jena.toString()).size();
        String rss = given().queryParam("topic", topic).get(PATH + "/feed.rss").then().statusCode(200).extract().asString();
        assertTrue(rss.contains("<dc:creator>Jena</dc:creator>") && rss.contains("<dc:creator>Kassel</dc:creator>"), rss);
        String atom = given().queryParam("topic", topic).get(PATH + "/feed.atom").then().statusCode(200).extract().asString();
        assertTrue(atom.contains("<name>Jena</name>") && atom.contains("<name>Kassel</name>"), atom);
        // One request per feed for both issuers.
        assertTrue(ReferenceStub.received(jena.toString()).stream().skip(asked)
                .allMatch(r -> r.uri().contains(kassel.toString())), "issuers are asked for in one batch");
    }

    @Test
    void shouldStillAnswerWithoutAByLineWhenPartnershipsCannotBeAsked() {
        UUID issuer = ReferenceStub.municipalityNamed("Brovary");
        String id = createAsAdmin(item("Ohne Namen " + marker(), issuer, "\"status\": \"PUBLISHED\""));
        ReferenceStub.mode(ReferenceStub.Mode.BROKEN);
        try {
            String ninjs = given().accept("application/ninjs+json").get(PATH + "/" + id).then().statusCode(200)
                    .body("$", not(hasKey("by"))).body("$", not(hasKey("copyrightholder")))
                    .extract().asString();
            assertFalse(ninjs.contains(issuer.toString()), ninjs);
        } finally {
            // One read only: more failures would open the reference client's circuit for the other tests.
            ReferenceStub.mode(ReferenceStub.Mode.NORMAL);
        }
    }
}
