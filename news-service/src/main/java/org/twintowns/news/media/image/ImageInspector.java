package org.twintowns.news.media.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.media.MediaProblems;

/**
 * Decides what an upload is from its bytes alone, never from its name or declared type, and
 * proves that it is a readable image: JPEG, PNG and GIF are decoded with ImageIO, WebP (which the
 * JDK cannot decode) is checked as far as its header and container go ({@link WebpHeader}).
 */
public final class ImageInspector {

    /** Checks decode at most about this many pixels, whatever the image's size, to bound memory. */
    private static final double DECODED_PIXELS = 1_000_000;

    private ImageInspector() {
    }

    /**
     * @throws org.twintowns.commons.problem.ProblemException 415 for anything but an accepted image
     *         or a declared type the bytes contradict, 422 for an image that cannot be read or has
     *         more than {@code maxPixels} pixels
     */
    public static ImageInfo inspect(byte[] bytes, String declaredType, long maxPixels) {
        ImageType type = ImageType.detect(bytes).orElseThrow(() -> MediaProblems.unsupported(
                "The file is not an image of an accepted type" + (declaredType == null ? "" : " (it was declared as "
                        + declaredType.split(";", 2)[0].strip() + ")") + "."));
        if (!type.agreesWith(declaredType)) {
            throw MediaProblems.unsupported("The file was declared as " + declaredType.split(";", 2)[0].strip()
                    + " but its content is " + type.mediaType + ".");
        }
        int[] size = type == ImageType.WEBP ? webp(bytes) : decode(type, bytes, maxPixels);
        checkPixels(type, size[0], size[1], maxPixels);
        return new ImageInfo(type, size[0], size[1]);
    }

    private static int[] webp(byte[] bytes) {
        try {
            return WebpHeader.dimensions(bytes);
        } catch (IllegalArgumentException e) {
            throw MediaProblems.unreadable(ImageType.WEBP, e.getMessage());
        }
    }

    private static int[] decode(ImageType type, byte[] bytes, long maxPixels) {
        ImageReader reader = reader(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            // Damage the decoder can work around (a truncated JPEG) is still damage: refuse it.
            StringBuilder warnings = new StringBuilder();
            reader.addIIOReadWarningListener((source, warning) -> warnings.append(warning));
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkPixels(type, width, height, maxPixels);
            ImageReadParam param = reader.getDefaultReadParam();
            // Every row is still read and decompressed, so damage anywhere shows; only every n-th pixel is kept.
            int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS)));
            param.setSourceSubsampling(step, step, 0, 0);
            if (reader.canReadRaster()) {
                // Rasters skip colour conversion, so CMYK JPEGs from print workflows read as well.
                reader.readRaster(0, param);
            } else {
                reader.read(0, param);
            }
            if (!warnings.isEmpty()) {
                throw MediaProblems.unreadable(type, "the image data is damaged or incomplete");
            }
            return new int[] {width, height};
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders signal broken data with all sorts of exceptions, down to ArrayIndexOutOfBounds.
            throw MediaProblems.unreadable(type, "the image data is damaged or incomplete");
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type.mediaType);
        }
        return readers.next();
    }

    private static void checkPixels(ImageType type, int width, int height, long maxPixels) {
        if (width <= 0 || height <= 0) {
            throw MediaProblems.unreadable(type, "it has no width or height");
        }
        if ((long) width * height > maxPixels) {
            throw MediaProblems.unreadable(type, "it has " + width + " × " + height + " pixels, more than the "
                    + maxPixels + " accepted");
        }
    }
}
