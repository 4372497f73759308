package org.twintowns.news.media.image;

/**
 * Reads a WebP file's dimensions from its RIFF container (Google's "WebP Container
 * Specification"), since the JDK has no WebP decoder. Checks the structure as far as that goes:
 * the RIFF size fits the file, every chunk fits the RIFF, there is image data, and the frame
 * header of lossy (VP8), lossless (VP8L) or extended (VP8X) images is well formed. The image data
 * itself is not decoded.
 */
final class WebpHeader {

    private static final int ANIMATION = 0x02;

    private WebpHeader() {
    }

    /** Width and height in pixels; IllegalArgumentException says what is wrong with the file. */
    static int[] dimensions(byte[] b) {
        if (b.length < 20) {
            throw new IllegalArgumentException("too short for a WebP file");
        }
        long riffEnd = 8 + uint32(b, 4);
        if (riffEnd > b.length) {
            throw new IllegalArgumentException("truncated: the RIFF container is longer than the file");
        }
        int[] canvas = null;
        boolean imageData = false;
        boolean animated = false;
        int offset = 12;
        while (offset + 8 <= riffEnd) {
            String fourcc = ImageType.ascii(b, offset, 4);
            long size = uint32(b, offset + 4);
            int payload = offset + 8;
            if (payload + size > riffEnd) {
                throw new IllegalArgumentException("chunk " + fourcc.strip() + " runs past the end of the file");
            }
            if (offset == 12) {
                canvas = switch (fourcc) {
                    case "VP8 " -> lossy(b, payload, size);
                    case "VP8L" -> lossless(b, payload, size);
                    case "VP8X" -> extended(b, payload, size);
                    default -> throw new IllegalArgumentException("unknown first chunk " + fourcc.strip());
                };
                animated = fourcc.equals("VP8X") && (b[payload] & ANIMATION) != 0;
            }
            imageData |= fourcc.equals("VP8 ") || fourcc.equals("VP8L") || animated && fourcc.equals("ANMF");
            // Chunks are padded to an even size.
            offset = (int) (payload + size + (size & 1));
        }
        if (canvas == null || !imageData) {
            throw new IllegalArgumentException("no image data");
        }
        return canvas;
    }

    private static int[] lossy(byte[] b, int at, long size) {
        if (size < 10 || (b[at + 3] & 0xff) != 0x9d || (b[at + 4] & 0xff) != 0x01 || (b[at + 5] & 0xff) != 0x2a) {
            throw new IllegalArgumentException("VP8 frame header without its start code");
        }
        if ((b[at] & 0x01) != 0) {
            throw new IllegalArgumentException("VP8 data does not start with a key frame");
        }
        return positive(uint16(b, at + 6) & 0x3fff, uint16(b, at + 8) & 0x3fff);
    }

    private static int[] lossless(byte[] b, int at, long size) {
        if (size < 5 || (b[at] & 0xff) != 0x2f) {
            throw new IllegalArgumentException("VP8L data without its signature");
        }
        long bits = uint32(b, at + 1);
        if (bits >>> 29 != 0) {
            throw new IllegalArgumentException("unknown VP8L version");
        }
        return positive((int) (bits & 0x3fff) + 1, (int) ((bits >>> 14) & 0x3fff) + 1);
    }

    private static int[] extended(byte[] b, int at, long size) {
        if (size < 10) {
            throw new IllegalArgumentException("VP8X chunk too short");
        }
        return positive(uint24(b, at + 4) + 1, uint24(b, at + 7) + 1);
    }

    private static int[] positive(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("zero width or height");
        }
        return new int[] {width, height};
    }

    private static int uint16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static int uint24(byte[] b, int at) {
        return uint16(b, at) | (b[at + 2] & 0xff) << 16;
    }

    private static long uint32(byte[] b, int at) {
        return (uint24(b, at) | (long) (b[at + 3] & 0xff) << 24);
    }
}
