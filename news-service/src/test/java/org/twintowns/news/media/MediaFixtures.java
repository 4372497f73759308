package org.twintowns.news.media;

import static org.twintowns.news.NewsFixtures.PATH;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Real images made with ImageIO, and upload requests, the way the media tests need them. */
public final class MediaFixtures {

    public static final String CREDIT = "Foto: Stadt Jena";
    public static final String LICENCE = "CC BY 4.0";

    private MediaFixtures() {
    }

    public static String mediaPath(String itemId) {
        return PATH + "/" + itemId + "/media";
    }

    /** A small picture: two coloured halves, so that it is an image and not just a colour. */
    public static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x005ea8));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xffd500));
        g.fillRect(0, height / 2, width, height - height / 2);
        g.dispose();
        return encode(image, format);
    }

    /** Random pixels, which no format compresses: a PNG of about width × height × 3 bytes. */
    public static byte[] noisePng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return encode(image, "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Uploads a file with the required credit and licence and the given caption (may be null),
     * as browsers and curl send forms: one multipart/form-data body with a Content-Length.
     */
    public static Response upload(RequestSpecification as, String itemId, byte[] bytes, String fileName,
                                  String declaredType, String caption) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("credit", CREDIT);
        fields.put("licence", LICENCE);
        fields.put("altText", "Zwei Farbflächen");
        fields.put("sourceUrl", "https://www.jena.de/presse");
        if (caption != null) {
            fields.put("caption", caption);
        }
        return form(as, itemId, bytes, fileName, declaredType, fields);
    }

    /** Posts a multipart/form-data body built by hand, with exactly these parts. */
    public static Response form(RequestSpecification as, String itemId, byte[] bytes, String fileName,
                                String declaredType, Map<String, String> fields) {
        Form form = Form.of(bytes, fileName, declaredType, fields);
        return as.contentType(form.contentType()).body(form.body()).post(mediaPath(itemId));
    }

    /** An upload with the required credit and licence, as a multipart/form-data body and its content type. */
    public static Form uploadForm(byte[] bytes, String fileName, String declaredType) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("credit", CREDIT);
        fields.put("licence", LICENCE);
        return Form.of(bytes, fileName, declaredType, fields);
    }

    /** A multipart/form-data body (a file part after the given text fields) and its content type. */
    public record Form(String contentType, byte[] body) {

        static Form of(byte[] bytes, String fileName, String declaredType, Map<String, String> fields) {
            String boundary = "----twintowns" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            fields.forEach((name, value) -> body.writeBytes(("--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"" + name
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
            if (bytes != null) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(bytes);
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Form("multipart/form-data; boundary=" + boundary, body.toByteArray());
        }
    }
}
