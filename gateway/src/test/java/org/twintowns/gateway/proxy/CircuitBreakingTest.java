package org.twintowns.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.twintowns.testing.TestTokens;

@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class CircuitBreakingTest {

    @Test
    void shouldAnswer503AtOnceWhileTheCircuitOfADownServiceIsOpenAndKeepOtherRoutesWorking() {
        for (int i = 0; i < 3; i++) {
            // Refused connections: 503 at once, each one still tried.
            assertProblem(given().get("/api/v1/broken/x").then(), 503).header("Retry-After", "5");
        }
        // Circuit open: not even tried, with the breaker's own Retry-After.
        assertProblem(given().get("/api/v1/broken/x").then(), 503)
                .header("Retry-After", "1")
                .body("type", equalTo("https://twintowns.org/problems/upstream-unavailable"))
                .time(lessThan(500L), TimeUnit.MILLISECONDS);
        given().get("/api/v1/echo/other").then().statusCode(200);
    }

    @Test
    void shouldOpenTheCircuitAfterTimeouts() {
        for (int i = 0; i < 3; i++) {
            assertProblem(given().get("/api/v1/sluggish").then(), 504);
        }
        assertProblem(given().get("/api/v1/sluggish").then(), 503)
                .time(lessThan(250L), TimeUnit.MILLISECONDS);
        given().get("/api/v1/echo/other").then().statusCode(200);
    }

    @Test
    void shouldCloseTheCircuitWhenTheServiceIsBackAfterTheCoolDown() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertProblem(given().get("/api/v1/recovering").then(), 503);
        }
        assertProblem(given().get("/api/v1/recovering").then(), 503);
        Vertx vertx = Vertx.vertx();
        try {
            vertx.createHttpServer().requestHandler(r -> r.response().end("back"))
                    .listen(StubServices.RECOVERING_PORT, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
            Thread.sleep(1_100);
            given().get("/api/v1/recovering").then().statusCode(200).body(equalTo("back"));
            given().get("/api/v1/recovering").then().statusCode(200);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void shouldNotOpenTheCircuitForWritesRefusedByTheService() {
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(TestTokens.admin()).delete("/api/v1/echo/x?status=500").then().statusCode(500);
        }
        given().get("/api/v1/echo/x").then().statusCode(200);
    }
}
