package org.twintowns.news.media.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.problem.ProblemException;
import org.twintowns.news.media.MediaConfig;
import org.twintowns.news.media.MediaProblems;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.media.NewsMediaContent;
import org.twintowns.news.media.image.ImageInfo;
import org.twintowns.news.media.image.ImageInspector;
import org.twintowns.news.media.mapping.MediaMapper;
import org.twintowns.news.media.repository.MediaContentRepository;
import org.twintowns.news.media.repository.MediaRepository;
import org.twintowns.news.media.rest.MediaMetadataRequest;
import org.twintowns.news.media.rest.MediaView;

/**
 * Reading and changing the images of news items. Media are exactly as visible as their item;
 * changing them takes the same rights as editing the item. Uploads are checked completely
 * (rights, size, type by content, readability) before {@link MediaWriter} stores anything.
 */
@ApplicationScoped
public class MediaService {

    @Inject
    MediaItems items;

    @Inject
    MediaRepository media;

    @Inject
    MediaContentRepository contents;

    @Inject
    MediaWriter writer;

    @Inject
    MediaConfig config;

    /** A media together with whether its item is public now (which decides how it may be cached). */
    public record Visible(NewsMedia media, boolean isPublic) {
    }

    public List<MediaView> list(UUID itemId) {
        items.requireVisible(itemId);
        return MediaMapper.toViews(media.ofItem(itemId));
    }

    /** The media if its item is visible to the caller; 404 for the public while the item is not public. */
    public Visible readable(UUID itemId, UUID mediaId) {
        boolean isPublic = items.requireVisible(itemId);
        NewsMedia found = media.findInItem(itemId, mediaId).orElseThrow(() -> MediaProblems.notFound(itemId, mediaId));
        return new Visible(found, isPublic);
    }

    public byte[] bytes(NewsMedia m) {
        return contents.findByIdOptional(m.id).map((NewsMediaContent c) -> c.bytes)
                .orElseThrow(() -> new IllegalStateException("Media " + m.id + " has no content row"));
    }

    /** The media of one item in order, for other representations of it (ninjs). */
    public List<NewsMedia> ofItem(UUID itemId) {
        return media.ofItem(itemId);
    }

    /** The metadata of the media of many items, for lists and feeds. */
    public Map<UUID, List<NewsMedia>> ofItems(Collection<UUID> itemIds) {
        return media.ofItems(itemIds);
    }

    /**
     * Checks an upload from the cheapest check to the dearest, before anything is stored: the
     * item and the caller's rights (404, 401, 403), the size (413), the type by content (415),
     * then whether the image can be read (422).
     */
    public MediaUpload check(UUID itemId, FileUpload file, MediaMetadataRequest metadata) {
        items.requireEditable(itemId);
        long limit = config.maxSize().asLongValue();
        if (file.size() > limit) {
            throw MediaProblems.tooLarge(limit);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Uploaded file could not be read", e);
        }
        if (bytes.length == 0) {
            throw ProblemException.invalidField("file", "is empty");
        }
        ImageInfo image = ImageInspector.inspect(bytes, file.contentType(), config.maxPixels());
        MediaMetadataRequest normalized = normalize(metadata);
        String sha256 = sha256(bytes);
        String fileName = FileNames.safe(file.fileName(), image.type());
        return new MediaUpload(bytes, sha256, image, fileName, normalized,
                new MediaUpload.Fingerprint(sha256, fileName, normalized));
    }

    public Versioned<MediaView> add(UUID itemId, MediaUpload upload) {
        return writer.add(itemId, upload);
    }

    public Versioned<MediaView> update(UUID itemId, UUID mediaId, String ifMatch, MediaMetadataRequest request) {
        return writer.update(itemId, mediaId, ifMatch, normalize(request));
    }

    public void delete(UUID itemId, UUID mediaId, String ifMatch) {
        writer.delete(itemId, mediaId, ifMatch);
    }

    /** Trims the texts; empty optional ones become absent. */
    static MediaMetadataRequest normalize(MediaMetadataRequest r) {
        return new MediaMetadataRequest(blankToNull(r.caption()), blankToNull(r.altText()), r.credit().strip(),
                r.licence().strip(), blankToNull(r.sourceUrl()), r.position());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
