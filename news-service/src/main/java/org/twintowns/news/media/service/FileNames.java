package org.twintowns.news.media.service;

import java.text.Normalizer;
import org.twintowns.news.media.image.ImageType;

/** Turns a client's file name into one that is safe to store and to send back in headers. */
final class FileNames {

    private static final int MAX = 120;

    private FileNames() {
    }

    /**
     * The base name without any directory, reduced to letters, digits, spaces and {@code ._-()},
     * with the extension of the detected type (a PNG named photo.jpg is served as photo.png).
     */
    static String safe(String clientName, ImageType type) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name)
                .replaceAll("[^\\p{L}\\p{N} ._()-]", "_")
                .replaceAll("\\s+", " ")
                .strip();
        // No leading dots: never a hidden or relative-looking name.
        base = base.replaceFirst("^[._ ]+", "");
        if (base.length() > MAX) {
            base = base.substring(0, MAX).strip();
        }
        return (base.isEmpty() ? "image" : base) + "." + type.extension;
    }
}
