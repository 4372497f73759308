package org.twintowns.news.media.image;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.media.MediaFixtures;

class ImageInspectorTest {

    private static final long PIXELS = 50_000_000;

    private static int status(byte[] bytes, String declared, long maxPixels) {
        return assertThrows(ProblemException.class, () -> ImageInspector.inspect(bytes, declared, maxPixels))
                .problem().status();
    }

    @Test
    void shouldRecogniseJpegPngAndGifByContentAndReadTheirSize() {
        for (String format : new String[] {"jpeg", "png", "gif"}) {
            ImageInfo info = ImageInspector.inspect(MediaFixtures.image(format, 30, 20), null, PIXELS);
            assertEquals("image/" + format, info.type().mediaType);
            assertEquals(30, info.width());
            assertEquals(20, info.height());
        }
    }

    @Test
    void shouldTrustContentNotNameOrGenericDeclaration() {
        byte[] png = MediaFixtures.image("png", 4, 4);
        assertEquals(ImageType.PNG, ImageInspector.inspect(png, "application/octet-stream", PIXELS).type());
        assertEquals(ImageType.JPEG, ImageInspector.inspect(MediaFixtures.image("jpeg", 4, 4), "image/jpg", PIXELS).type());
        ProblemException wrong = assertThrows(ProblemException.class, () -> ImageInspector.inspect(png, "image/jpeg", PIXELS));
        assertEquals(415, wrong.problem().status());
        assertThat(wrong.problem().detail(), containsString("declared as image/jpeg but its content is image/png"));
    }

    @Test
    void shouldRefuseWhatIsNoAcceptedImageWith415NamingTheAcceptedTypes() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> ImageInspector.inspect(svg, "image/svg+xml", PIXELS));
        assertEquals(415, e.problem().status());
        assertThat(e.problem().detail(), containsString("image/jpeg, image/png, image/webp, image/gif"));
        assertEquals(415, status("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8), "image/png", PIXELS));
        assertEquals(415, status("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), null, PIXELS));
        // BMP and TIFF are images, just not ones the news carry.
        assertEquals(415, status(MediaFixtures.image("bmp", 4, 4), "image/bmp", PIXELS));
    }

    @Test
    void shouldRefuseDamagedImagesWith422() {
        for (String format : new String[] {"jpeg", "png", "gif"}) {
            byte[] whole = MediaFixtures.image(format, 64, 64);
            byte[] truncated = Arrays.copyOf(whole, whole.length * 2 / 3);
            assertEquals(422, status(truncated, null, PIXELS), format);
        }
        assertEquals(422, status(Arrays.copyOf(MediaFixtures.image("png", 8, 8), 12), null, PIXELS));
    }

    @Test
    void shouldRefuseImagesWithMorePixelsThanAllowed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ImageInspector.inspect(MediaFixtures.image("png", 100, 60), null, 5_999));
        assertEquals(422, e.problem().status());
        assertThat(e.problem().detail(), containsString("100 × 60 pixels"));
    }

    @Test
    void shouldReadWebpSizeFromLosslessLossyAndExtendedHeaders() {
        // VP8L: signature 0x2f, then width-1 and height-1 in 14 bits each (here 400 × 300).
        long bits = (400 - 1) | (long) (300 - 1) << 14;
        byte[] lossless = {0x2f, (byte) bits, (byte) (bits >> 8), (byte) (bits >> 16), (byte) (bits >> 24), 0, 0, 0};
        assertSize(webp(chunk("VP8L", lossless)), 400, 300);
        // VP8: key frame tag, start code 9d 01 2a, then 14-bit width and height (here 640 × 480).
        byte[] lossy = {0x10, 0x02, 0x00, (byte) 0x9d, 0x01, 0x2a, (byte) 0x80, 0x02, (byte) 0xe0, 0x01, 0, 0};
        assertSize(webp(chunk("VP8 ", lossy)), 640, 480);
        // VP8X: flags, 3 reserved bytes, canvas width-1 and height-1 in 24 bits each (here 2000 × 1000).
        byte[] extended = {0x10, 0, 0, 0, (byte) 0xcf, 0x07, 0, (byte) 0xe7, 0x03, 0};
        assertSize(webp(chunk("VP8X", extended), chunk("VP8L", lossless)), 2000, 1000);
    }

    @Test
    void shouldRefuseBrokenWebpWith422() {
        byte[] lossless = {0x2f, 0, 0, 0, 0, 0};
        byte[] whole = webp(chunk("VP8L", lossless));
        assertEquals(422, status(Arrays.copyOf(whole, whole.length - 3), null, PIXELS));
        // An extended header alone has no image in it.
        assertEquals(422, status(webp(chunk("VP8X", new byte[10])), null, PIXELS));
        assertEquals(422, status(webp(chunk("VP8 ", new byte[10])), null, PIXELS));
        assertEquals(415, status(whole, "image/png", PIXELS));
    }

    private static void assertSize(byte[] webp, int width, int height) {
        ImageInfo info = ImageInspector.inspect(webp, "image/webp", PIXELS);
        assertEquals(ImageType.WEBP, info.type());
        assertEquals(width, info.width());
        assertEquals(height, info.height());
    }

    private static byte[] chunk(String fourcc, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(fourcc.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le32(payload.length));
        out.writeBytes(payload);
        if (payload.length % 2 == 1) {
            out.write(0);
        }
        return out.toByteArray();
    }

    private static byte[] webp(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        for (byte[] c : chunks) {
            body.writeBytes(c);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(le32(body.size()));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    private static byte[] le32(int value) {
        return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
    }
}
