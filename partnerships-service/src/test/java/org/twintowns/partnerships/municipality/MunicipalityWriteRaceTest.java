package org.twintowns.partnerships.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.twintowns.testing.ConditionalWriteRace.WRITERS;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.ConditionalWriteRace;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;

/** Conditional writes of a municipality sent at once with the same If-Match: one wins, the others get 412. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class MunicipalityWriteRaceTest {

    private static final String PATH = "/api/v1/municipalities";

    private static Response create(String name) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"%s\", \"kind\": \"CITY\", \"country\": \"DE\"}".formatted(name))
                .post(PATH).then().statusCode(201).extract().response();
    }

    @Test
    void shouldLetOneOfConcurrentReplacesWinAndKeepItsBody() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Response created = create("Wettstadt " + tag);
        String id = created.path("id");

        int winner = ConditionalWriteRace.oneWins(WRITERS, i -> given().auth().oauth2(TestTokens.admin())
                .contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body("{\"name\": \"Wettstadt %s %d\", \"kind\": \"CITY\", \"country\": \"DE\", \"population\": %d, "
                        .formatted(tag, i, 1000 + i) + "\"populationYear\": 2024}")
                .put(PATH + "/" + id).then().extract());

        given().get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Wettstadt " + tag + " " + winner))
                .body("population", equalTo(1000 + winner));
    }

    @Test
    void shouldLetOneOfConcurrentMergesWinAndKeepItsSuccessor() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Response merged = create("Altweiler " + tag);
        List<String> successors = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            successors.add(create("Neuweiler " + tag + " " + i).path("id"));
        }

        int winner = ConditionalWriteRace.oneWins(WRITERS, i -> given().auth().oauth2(TestTokens.admin())
                .contentType(ContentType.JSON).header("If-Match", merged.header("ETag"))
                .body("{\"into\": \"%s\", \"on\": \"2024-01-01\"}".formatted(successors.get(i)))
                .post(PATH + "/" + merged.path("id") + "/merge").then().extract());

        given().get(PATH + "/" + merged.path("id")).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("mergedInto.id", equalTo(successors.get(winner)));
    }
}
