package org.twintowns.news.media.mapping;

import java.util.List;
import java.util.UUID;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.media.rest.MediaMetadataRequest;
import org.twintowns.news.media.rest.MediaView;

/** Converts media entities to their API records. */
public final class MediaMapper {

    private MediaMapper() {
    }

    public static MediaView toView(NewsMedia m) {
        return new MediaView(m.id, m.newsItemId, contentPath(m.newsItemId, m.id), m.contentType, m.byteSize,
                m.width, m.height, m.sha256, m.fileName, m.caption, m.altText, m.credit, m.licence, m.sourceUrl,
                m.position, m.createdAt, m.updatedAt);
    }

    /** The metadata a client derives from the image, as a value that compares by content. */
    public static MediaMetadataRequest toRequest(NewsMedia m) {
        return new MediaMetadataRequest(m.caption, m.altText, m.credit, m.licence, m.sourceUrl, m.position);
    }

    public static List<MediaView> toViews(List<NewsMedia> media) {
        return media == null ? List.of() : media.stream().map(MediaMapper::toView).toList();
    }

    /** The path of the image's bytes; absolute URLs (feeds, ninjs) resolve it against the base URI. */
    public static String contentPath(UUID itemId, UUID mediaId) {
        return "/api/v1/news/" + itemId + "/media/" + mediaId + "/content";
    }
}
