package org.twintowns.news.media.service;

import org.twintowns.news.media.image.ImageInfo;
import org.twintowns.news.media.rest.MediaMetadataRequest;

/**
 * An upload that passed every check and only waits to be stored.
 *
 * @param fingerprint what an Idempotency-Key is bound to: the same key with another file or other
 *                    metadata is a different request
 */
public record MediaUpload(byte[] bytes, String sha256, ImageInfo image, String fileName,
                          MediaMetadataRequest metadata, Fingerprint fingerprint) {

    /** The request as the idempotency record remembers it (no bytes, their hash). */
    public record Fingerprint(String sha256, String fileName, MediaMetadataRequest metadata) {
    }
}
