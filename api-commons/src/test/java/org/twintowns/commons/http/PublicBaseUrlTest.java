package org.twintowns.commons.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Absolute URLs start with the configured public base URL (here https://api.twintowns.test), whatever
 * Host, X-Forwarded-Host or Forwarded header the request carries: the test client connects from
 * 127.0.0.1, a trusted proxy, so even forwarding headers Quarkus trusts do not get into an answer.
 */
@QuarkusTest
class PublicBaseUrlTest {

    @Test
    void shouldNameTheConfiguredBaseUrlWhateverHostTheClientSends() {
        given().header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https")
                .post("/public-url-probe")
                .then().statusCode(201)
                .header("Location", "https://api.twintowns.test/public-url-probe/42")
                .body(org.hamcrest.Matchers.equalTo("https://api.twintowns.test/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.twintowns.example", "https://api.twintowns.example/",
            "http://localhost:8080", " http://127.0.0.1:8080/ ", "http://[::1]:8080"})
    void shouldTakeAnOriginAsBase(String value) {
        URI base = PublicBaseUrl.parse(value);
        assertEquals("/", base.getRawPath());
        assertEquals(value.strip().replaceAll("/$", "") + "/", base.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8080", "ftp://example.org", "https://", "https://user@example.org",
            "https://example.org/api", "https://example.org/?a=b", "https://example.org/#top", "https://exa mple.org",
            "/relative"})
    void shouldRefuseAnythingButAnOrigin(String value) {
        assertThrows(IllegalStateException.class, () -> PublicBaseUrl.parse(value));
    }
}
