package org.twintowns.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twintowns.testing.RawHttp;
import org.twintowns.testing.TestTokens;

/**
 * Through the gateway, a client's Host never becomes part of an answer that others may get from a
 * shared cache: Location and feed links name the public base URL (TT_PUBLIC_BASE_URL, here the
 * gateway's own address), and a Host no server is named by is a 400 problem at once.
 */
@ExtendWith(PlatformExtension.class)
class PublicBaseUrlIT {

    @Test
    void shouldNameThePublicBaseWhateverHostTheClientSends(Platform platform) {
        String base = "http://127.0.0.1:" + platform.gatewayPort() + "/api/v1/";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .body("""
                        {"name": "Gastburg %s", "kind": "CITY", "country": "DE"}"""
                        .formatted(UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/municipalities")
                .then().statusCode(201)
                .header("Location", startsWith(base + "municipalities/"));
        for (String feed : new String[] {"/api/v1/news/feed.rss", "/api/v1/news/feed.atom"}) {
            given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example").get(feed)
                    .then().statusCode(200)
                    .body(containsString(base + "news"))
                    .body(not(containsString("evil.example")));
        }
    }

    @Test
    void shouldRefuseAMalformedHostAtOnce(Platform platform) throws IOException {
        for (String host : new String[] {"x%41", ":80", "a@b"}) {
            for (String path : new String[] {"/api/v1/municipalities", "/api/v1/news/feed.rss", "/api/v1/events"}) {
                RawHttp.Answer answer = RawHttp.get(platform.gatewayPort(), path, host);
                assertEquals(400, answer.status(), host + " " + path + ": " + answer.body());
                assertEquals("application/problem+json", answer.header("Content-Type"));
            }
        }
    }
}
