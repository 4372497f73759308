package org.twintowns.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class ServiceReadinessChecksTest {

    @Test
    void shouldStayReadyAndReportEachServiceWhenOneIsDown() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .time(lessThan(3L), TimeUnit.SECONDS)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'service events' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'service events' }.data.status", equalTo("UP"))
                .body("checks.find { it.name == 'service events' }.data.httpStatus", equalTo(200))
                .body("checks.find { it.name == 'service events' }.data.url", startsWith("http://127.0.0.1:"))
                .body("checks.find { it.name == 'service down' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'service down' }.data.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'service down' }.data.reason", startsWith("unreachable"))
                .body("checks.find { it.name == 'service news' }.data.circuit", equalTo("CLOSED"));
    }

    @Test
    void shouldReportServiceThatDoesNotAnswerInTimeAsDown() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'service hanging' }.data.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'service hanging' }.data.reason", equalTo("no answer in time"));
    }
}
