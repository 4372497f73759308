package org.twintowns.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.security.Caller;
import org.twintowns.gateway.proxy.StubServices;
import org.twintowns.testing.TestTokens;

@QuarkusTest
@WithTestResource(StubServices.class)
@WithTestResource(TestTokens.class)
class EdgeAuthenticationTest {

    @Test
    void shouldRejectWritesWithoutTokenBeforeAnyServiceSeesThem() {
        String marker = UUID.randomUUID().toString();
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertProblem(given().contentType(ContentType.JSON).body("{}")
                    .request(method, "/api/v1/echo/" + marker).then(), 401)
                    .header("WWW-Authenticate", "Bearer realm=\"twintowns\"")
                    .body("type", equalTo("https://twintowns.org/problems/authentication-required"));
        }
        assertEquals(0, StubServices.received(marker).size());
    }

    @Test
    void shouldLetAnonymousReadsThrough() {
        given().get("/api/v1/echo/read").then().statusCode(200).body("method", equalTo("GET"));
        given().head("/api/v1/echo/read").then().statusCode(200);
        given().options("/api/v1/echo/read").then().statusCode(200).body("method", equalTo("OPTIONS"));
    }

    @Test
    void shouldLetConfiguredAnonymousWritesThrough() {
        given().contentType(ContentType.JSON).body("{\"name\":\"Olena\"}")
                .post("/api/v1/events/42/registrations")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"name\":\"Olena\"}"));
        // Only that method and the whole path: other writes below it still need a token.
        assertProblem(given().delete("/api/v1/events/42/registrations").then(), 401);
        assertProblem(given().post("/api/v1/events/42/registrations/7").then(), 401);
    }

    @Test
    void shouldPassValidTokenAndBodyOnUnchanged() {
        String token = TestTokens.editorOf("m-1");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"title\":\"Summer school\"}")
                .post("/api/v1/echo/events")
                .then().statusCode(200)
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("body", equalTo("{\"title\":\"Summer school\"}"));
    }

    @Test
    void shouldNotLoseBodyBytesWhileTheTokenIsVerified() {
        String body = "x".repeat(2 * 1024 * 1024);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.TEXT).body(body)
                .post("/api/v1/echo/upload")
                .then().statusCode(200)
                .body("body.length()", equalTo(body.length()));
    }

    @Test
    void shouldRejectForgedTokenWithoutReachingTheService() {
        String marker = UUID.randomUUID().toString();
        assertProblem(given().auth().oauth2(TestTokens.forgedAdmin()).post("/api/v1/echo/" + marker).then(), 401)
                .header("WWW-Authenticate", "Bearer realm=\"twintowns\", error=\"invalid_token\"");
        assertEquals(0, StubServices.received(marker).size());
    }

    @Test
    void shouldRejectExpiredTokenBeyondTheClockSkew() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String expired = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("late@test")
                .issuedAt(now - 600).expiresAt(now - 120)
                .jws().keyId("test").sign(privateKey());
        assertProblem(given().auth().oauth2(expired).put("/api/v1/echo/x").then(), 401);
        // A token sent with a read is checked too: a client learns its token went stale.
        assertProblem(given().auth().oauth2(expired).get("/api/v1/echo/x").then(), 401);
    }

    @Test
    void shouldRejectTokenForAnotherAudience() throws Exception {
        String other = Jwt.issuer(TestTokens.ISSUER).audience("someone-else").subject("a@test")
                .groups(Set.of(Caller.ADMIN)).expiresIn(600).jws().keyId("test").sign(privateKey());
        assertProblem(given().auth().oauth2(other).delete("/api/v1/echo/x").then(), 401);
    }

    @Test
    void shouldTreatOtherAuthorizationSchemesAsNoToken() {
        assertProblem(given().header("Authorization", "Basic YWRtaW46YWRtaW4=").post("/api/v1/echo/x").then(), 401);
        assertTrue(EdgeAuthentication.bearerToken("bearer abc").equals("abc"));
    }

    /** The test key pair's private key, to sign tokens with claims TestTokens does not offer. */
    private static java.security.PrivateKey privateKey() throws Exception {
        String pem = Files.readString(Path.of("target", "test-jwt", "private.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
