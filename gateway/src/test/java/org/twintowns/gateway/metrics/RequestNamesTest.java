package org.twintowns.gateway.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

/** The gateway's request metrics name operations of the contract, never raw paths with ids in them. */
@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class RequestNamesTest {

    @Test
    void shouldCountForwardedRequestsByTheirOperation() {
        given().get("/api/v1/news/0190f3c2-aaaa-7000-8000-000000000001").then().statusCode(200);
        given().get("/api/v1/news/0190f3c2-aaaa-7000-8000-000000000002").then().statusCode(200);
        given().get("/api/v1/municipalities/by-ags/16053000").then().statusCode(200);
        // Refused at the edge, still named.
        given().post("/api/v1/news/0190f3c2-aaaa-7000-8000-000000000003/media").then().statusCode(401);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/api/v1/news/{id}\""))
                .body(containsString("uri=\"/api/v1/municipalities/by-ags/{ags}\""))
                .body(containsString("uri=\"/api/v1/news/{id}/media\""))
                .body(not(containsString("0190f3c2-aaaa")))
                .body(not(containsString("16053000")));
    }
}
