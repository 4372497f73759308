package org.twintowns.commons.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every answer, from a resource or from the HTTP layer, is dated once, in IMF-fixdate. */
@QuarkusTest
class DateHeaderTest {

    @Test
    void shouldDateAnswersOfEveryLayer() {
        for (ValidatableResponse response : List.of(
                given().get("/secured-probe").then().statusCode(200),
                given().get("/no/such/path").then().statusCode(404),
                given().get("/probe/boom").then().statusCode(500),
                given().get("/q/health/ready").then())) {
            var extracted = response.extract();
            assertEquals(1, extracted.headers().getValues("Date").size(), extracted.headers().toString());
            String date = extracted.header("Date");
            Instant parsed = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertTrue(Duration.between(parsed, Instant.now()).abs().getSeconds() < 5, date);
            assertEquals(date, HttpDates.IMF_FIXDATE.format(parsed), "IMF-fixdate: two-digit day, GMT");
        }
    }
}
