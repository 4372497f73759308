package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.TestTokens;

/**
 * An import through the gateway as a client meets it: the POST is answered at once with the job's
 * public Location, the job is followed through the gateway with Prefer: wait (never longer than the
 * gateway waits for a service), and its report's rows are read there too.
 */
@ExtendWith(PlatformExtension.class)
class ImportJobsIT {

    @Test
    void shouldQueueThroughTheGatewayAndBeFollowedThere(Platform platform) {
        int district = ThreadLocalRandom.current().nextInt(90, 100);
        StringBuilder csv = new StringBuilder("satzart,textkennzeichen,land,rb,kreis,vb,gemeinde,gemeindename,flaeche,"
                + "bevoelkerung,maennlich,weiblich,jekm2,postleitzahl,laengengrad,breitengrad\n");
        for (int i = 0; i < 25; i++) {
            csv.append("60,64,15,0,%d,0000,%03d,Torfeld %d %d,1.0,%d,,,,,\"11,5\",\"52,%d\"\n"
                    .formatted(district, i, district, i, 100 + i, 100 + i));
        }
        long started = System.nanoTime();
        Response accepted = given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/imports/destatis-municipalities");
        Duration answered = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(202, accepted.statusCode(), accepted.asString());
        String location = accepted.header("Location");
        String base = "http://127.0.0.1:" + platform.gatewayPort() + "/api/v1/imports/jobs/";
        assertTrue(location.startsWith(base), location);
        assertTrue(answered.compareTo(Duration.ofSeconds(5)) < 0, "the POST only queues the job: " + answered);

        JsonPath job = null;
        for (int poll = 0; poll < 20; poll++) {
            long asked = System.nanoTime();
            job = given().auth().oauth2(TestTokens.admin()).header("Prefer", "wait=10")
                    .get(URI.create(location).getPath()).then().statusCode(200).extract().jsonPath();
            assertTrue(Duration.ofNanos(System.nanoTime() - asked).compareTo(Duration.ofSeconds(12)) < 0,
                    "a wait ends before the gateway's timeout");
            if (List.of("SUCCEEDED", "FAILED").contains(job.getString("state"))) {
                break;
            }
        }
        assertEquals("SUCCEEDED", job.getString("state"), job.prettify());
        assertEquals(25, job.getInt("outcomes.CREATED"));
        assertTrue(job.getString("rows").startsWith(base), job.getString("rows"));
        JsonPath rows = given().auth().oauth2(TestTokens.admin()).queryParam("size", 10)
                .get(URI.create(job.getString("rows")).getPath()).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11), rows.getList("items.line"));
        assertEquals(25, rows.getInt("totalItems"));
    }
}
