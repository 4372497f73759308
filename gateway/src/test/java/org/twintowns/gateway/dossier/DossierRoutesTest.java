package org.twintowns.gateway.dossier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class DossierRoutesTest {

    @Test
    void shouldComposeAllSectionsFromTheirServices() {
        given().header("X-Request-ID", "dossier-1").get("/api/v1/municipalities/jena/dossier")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Dossier-Partial", nullValue())
                .body("id", equalTo("jena"))
                .body("municipality.available", equalTo(true))
                .body("municipality.data.uri", equalTo("/api/v1/municipalities/jena"))
                .body("municipality.data.headers.x-request-id", equalTo("dossier-1"))
                .body("partnerships.data.uri", equalTo("/api/v1/partnerships?municipality=jena&size=100"))
                .body("upcomingEvents.data.uri", matchesPattern(
                        "/api/v1/events\\?municipality=jena&from=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ&sort=startsAt&size=5"))
                .body("recentEvents.data.uri", startsWith("/api/v1/events?municipality=jena&to="))
                .body("news.available", equalTo(true))
                .body("news.data.uri", equalTo("/api/v1/news?municipality=jena&sort=-publishedAt&size=5"));
    }

    @Test
    void shouldAskEverySectionInTheReadersLanguageAndSayVary() {
        given().header("Accept-Language", "de").get("/api/v1/municipalities/jena/dossier")
                .then().statusCode(200)
                .header("Vary", containsString("Accept-Language"))
                .body("municipality.data.headers.accept-language", equalTo("de"))
                .body("partnerships.data.headers.accept-language", equalTo("de"))
                .body("news.data.headers.accept-language", equalTo("de"));
        given().header("Accept-Language", "de").queryParam("lang", "uk").get("/api/v1/municipalities/jena/dossier")
                .then().statusCode(200)
                .body("municipality.data.headers.accept-language", equalTo("uk"))
                .body("partnerships.data.headers.accept-language", equalTo("uk"));
        assertProblem(given().queryParam("lang", "not a tag").get("/api/v1/municipalities/jena/dossier").then(), 400);
    }

    @Test
    void shouldMarkSlowAndFailingSectionsUnavailableAndStillAnswer() {
        given().get("/api/v1/municipalities/slowpoke-nonews/dossier")
                .then().statusCode(200)
                .time(lessThan(2_000L), TimeUnit.MILLISECONDS)
                .header("Dossier-Partial", "upcomingEvents, recentEvents, news")
                .body("municipality.available", equalTo(true))
                .body("partnerships.available", equalTo(true))
                .body("upcomingEvents.available", equalTo(false))
                .body("upcomingEvents.reason", equalTo("the events service did not answer in time"))
                .body("news.available", equalTo(false))
                .body("news.reason", equalTo("the news service failed (503)"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownMunicipality() {
        assertProblem(given().get("/api/v1/municipalities/missing/dossier").then(), 404)
                .body("type", equalTo("https://twintowns.org/problems/resource-not-found"));
    }

    @Test
    void shouldLeaveOtherMunicipalityPathsToTheProxy() {
        given().get("/api/v1/municipalities/jena/dossier/extra").then().statusCode(200)
                .body("uri", equalTo("/api/v1/municipalities/jena/dossier/extra"));
    }
}
