package org.twintowns.news.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.twintowns.news.NewsFixtures.asEditorOf;
import static org.twintowns.news.media.MediaFixtures.image;
import static org.twintowns.news.media.MediaFixtures.mediaPath;
import static org.twintowns.testing.ProblemAssertions.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.twintowns.news.media.repository.MediaRepository;
import org.twintowns.testing.PostgresTestDatabase;
import org.twintowns.testing.TestTokens;
import org.twintowns.testing.stub.ReferenceStub;

/** A multipart upload that is cut short or not multipart at all is a 400 problem and stores nothing. */
@QuarkusTest
@WithTestResource(PostgresTestDatabase.class)
@WithTestResource(TestTokens.class)
@WithTestResource(ReferenceStub.class)
class MalformedUploadTest {

    @Inject
    MediaRepository media;

    private void refused(String[] item, String contentType, byte[] body) {
        long before = media.countOfItem(UUID.fromString(item[0]));
        assertProblem(asEditorOf(UUID.fromString(item[1])).contentType(contentType).body(body)
                .post(mediaPath(item[0])).then(), 400);
        assertEquals(before, media.countOfItem(UUID.fromString(item[0])), "a refused upload stored media");
    }

    @Test
    void shouldRefuseAnUploadCutShortInTheImage() {
        String[] item = MediaUploadTest.publishedItem();
        MediaFixtures.Form form = MediaFixtures.uploadForm(image("png", 40, 30), "a.png", "image/png");
        refused(item, form.contentType(), Arrays.copyOf(form.body(), form.body().length - 60));
    }

    @Test
    void shouldRefuseAnUploadCutShortInItsFields() {
        String[] item = MediaUploadTest.publishedItem();
        MediaFixtures.Form form = MediaFixtures.uploadForm(image("png", 40, 30), "a.png", "image/png");
        refused(item, form.contentType(), Arrays.copyOf(form.body(), 50));
    }

    @Test
    void shouldRefuseAnUploadWithoutItsClosingBoundary() {
        String[] item = MediaUploadTest.publishedItem();
        MediaFixtures.Form form = MediaFixtures.uploadForm(image("png", 40, 30), "a.png", "image/png");
        String boundary = form.contentType().substring(form.contentType().indexOf("boundary=") + 9);
        int closing = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8).length;
        refused(item, form.contentType(), Arrays.copyOf(form.body(), form.body().length - closing));
    }

    @Test
    void shouldRefuseABodyThatIsNotMultipartAtAll() {
        String[] item = MediaUploadTest.publishedItem();
        refused(item, "multipart/form-data; boundary=nothing-like-this", "just text".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseAMultipartTypeWithoutBoundary() {
        String[] item = MediaUploadTest.publishedItem();
        MediaFixtures.Form form = MediaFixtures.uploadForm(image("png", 40, 30), "a.png", "image/png");
        refused(item, "multipart/form-data", form.body());
    }
}
