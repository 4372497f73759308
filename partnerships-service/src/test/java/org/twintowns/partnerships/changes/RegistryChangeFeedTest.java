package org.twintowns.partnerships.changes;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.changes.ChangeFeedSuite;
import java.util.List;
import java.util.stream.Stream;
import org.twintowns.partnerships.municipality.service.MunicipalityChanges;
import org.twintowns.partnerships.partnership.service.PartnershipChanges;

@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
class RegistryChangeFeedTest extends ChangeFeedSuite {

    RegistryChangeFeedTest() {
        super("/api/v1/changes/registry");
    }

    @Override
    protected List<String> eventTypes() {
        return Stream.concat(MunicipalityChanges.TYPES.stream(), PartnershipChanges.TYPES.stream()).toList();
    }

    @Override
    protected String change(int n) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\": \"Feedstadt %s\", \"kind\": \"CITY\", \"country\": \"DE\"}"
                        .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/municipalities").then().statusCode(201).extract().path("id");
    }
}
