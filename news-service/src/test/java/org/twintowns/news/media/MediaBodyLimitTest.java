package org.twintowns.news.media;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twintowns.news.NewsFixtures.PATH;
import static org.twintowns.news.NewsFixtures.asAdmin;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.upload;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.news.media.repository.MediaRepository;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** The upload route takes images up to news.media.max-size; every other route keeps 1 MiB. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class MediaBodyLimitTest {

    private static final int MIB = 1024 * 1024;

    @Inject
    MediaRepository media;

    /** A news item JSON of about 1.5 MiB: a body far above the limit of every JSON route. */
    private static String hugeItem() {
        return """
                {"headline": "Zu groß", "body": "%s", "language": "de", "issuerName": "SKEW"}"""
                .formatted("x".repeat(3 * MIB / 2));
    }

    @Test
    void shouldAcceptAnImageOfOneAndAHalfMebibytesOnTheUploadRouteOnly() {
        String[] item = MediaUploadTest.publishedItem();
        byte[] large = MediaFixtures.noisePng(760, 720);
        assertTrue(large.length > 3 * MIB / 2, "the test image must be larger than 1.5 MiB, is " + large.length);
        String url = upload(asEditorOf(UUID.fromString(item[1])), item[0], large, "rauschen.png", "image/png", null)
                .then().statusCode(201).extract().path("contentUrl");
        assertArrayEquals(large, io.restassured.RestAssured.given().get(url).asByteArray());

        // The same size as JSON, anywhere else: 413 before anything is read.
        assertProblem(asAdmin().contentType("application/json").body(hugeItem()).post(PATH).then(), 413)
                .body("detail", containsString("1048576 bytes"));
        assertProblem(asAdmin().contentType("application/json").header("If-Match", "\"0\"").body(hugeItem())
                .put(PATH + "/" + item[0]).then(), 413);
    }

    @Test
    void shouldRefuseAChunkedOversizedJsonBodyToo() {
        byte[] body = hugeItem().getBytes(StandardCharsets.UTF_8);
        // An InputStream body is sent without Content-Length, in chunks.
        assertProblem(asAdmin().contentType("application/json").body(new ByteArrayInputStream(body)).post(PATH).then(),
                413);
    }

    @Test
    void shouldRefuseImagesLargerThanTheLimitWith413AndStoreNothing() {
        String[] item = MediaUploadTest.publishedItem();
        // A PNG signature and header, padded: the size is refused before the content is even looked at.
        byte[] oversize = Arrays.copyOf(image("png", 4, 4), 8 * MIB + 1);
        assertProblem(upload(asEditorOf(UUID.fromString(item[1])), item[0], oversize, "gross.png", "image/png", null)
                .then(), 413).body("detail", containsString("8388608 bytes accepted per image"));
        // Larger than the upload route takes at all: refused from the Content-Length alone.
        byte[] huge = Arrays.copyOf(image("png", 4, 4), 9 * MIB);
        assertProblem(upload(asEditorOf(UUID.fromString(item[1])), item[0], huge, "riesig.png", "image/png", null)
                .then(), 413).body("detail", containsString("bytes this route accepts"));
        assertEquals(0, media.countOfItem(UUID.fromString(item[0])));
    }
}
