package org.twintowns.news.media.image;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The image formats news items may carry, recognised by their first bytes ("magic numbers"). */
public enum ImageType {

    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    GIF("image/gif", "gif");

    /** The accepted media types, for problem details and the API description. */
    public static final String ACCEPTED = Arrays.stream(values()).map(t -> t.mediaType)
            .collect(Collectors.joining(", "));

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    public final String mediaType;
    public final String extension;

    ImageType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The format the bytes are in, whatever name or type the client gave them. */
    public static Optional<ImageType> detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (b.length >= 6 && (ascii(b, 0, 6).equals("GIF87a") || ascii(b, 0, 6).equals("GIF89a"))) {
            return Optional.of(GIF);
        }
        return Optional.empty();
    }

    /**
     * Whether a declared Content-Type agrees with this format. No declaration or the generic
     * application/octet-stream says nothing and agrees; image/jpg is a common misspelling of JPEG.
     */
    public boolean agreesWith(String declared) {
        if (declared == null || declared.isBlank()) {
            return true;
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/octet-stream") || type.equals(mediaType)
                || this == JPEG && (type.equals("image/jpg") || type.equals("image/pjpeg"));
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }

    static String ascii(byte[] b, int from, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (b[from + i] & 0xff);
        }
        return new String(chars);
    }
}
