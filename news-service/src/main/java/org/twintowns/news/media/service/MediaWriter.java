package org.twintowns.news.media.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.twintowns.commons.http.ETags;
import org.twintowns.commons.http.Versioned;
import org.twintowns.commons.persistence.Changes;
import org.twintowns.commons.security.Caller;
import org.twintowns.news.media.MediaConfig;
import org.twintowns.news.media.MediaProblems;
import org.twintowns.news.media.NewsMedia;
import org.twintowns.news.media.NewsMediaContent;
import org.twintowns.news.media.mapping.MediaMapper;
import org.twintowns.news.media.repository.MediaContentRepository;
import org.twintowns.news.media.repository.MediaRepository;
import org.twintowns.news.media.rest.MediaMetadataRequest;
import org.twintowns.news.media.rest.MediaView;

/**
 * The transactional media writes. Each one locks the item row, so that changes to one item's
 * media happen one after the other, records a revision of the item (its content and media
 * before the change) and bumps the item's version: its representation, which lists the media,
 * has changed, so its ETag must change too.
 */
@ApplicationScoped
public class MediaWriter {

    @Inject
    MediaItems items;

    @Inject
    MediaRepository media;

    @Inject
    MediaContentRepository contents;

    @Inject
    Caller caller;

    @Inject
    MediaConfig config;

    @Transactional
    public Versioned<MediaView> add(UUID itemId, MediaUpload upload) {
        items.lockForEdit(itemId);
        if (media.countOfItem(itemId) >= config.maxPerItem()) {
            throw MediaProblems.tooMany(config.maxPerItem());
        }
        NewsMedia m = new NewsMedia();
        m.id = UUID.randomUUID();
        items.recordMediaChange(itemId, "MEDIA ADDED " + m.id);
        m.newsItemId = itemId;
        m.contentType = upload.image().type().mediaType;
        m.byteSize = upload.bytes().length;
        m.sha256 = upload.sha256();
        m.width = upload.image().width();
        m.height = upload.image().height();
        m.fileName = upload.fileName();
        apply(upload.metadata(), m);
        // A new image goes last, whatever the form said.
        m.position = media.nextPosition(itemId);
        m.createdBy = caller.subject();
        m.updatedBy = m.createdBy;
        media.persist(m);
        NewsMediaContent content = new NewsMediaContent();
        content.mediaId = m.id;
        content.bytes = upload.bytes();
        contents.persist(content);
        items.mediaChanged(itemId);
        media.flush();
        return new Versioned<>(MediaMapper.toView(m), m.version);
    }

    @Transactional
    public Versioned<MediaView> update(UUID itemId, UUID mediaId, String ifMatch, MediaMetadataRequest request) {
        items.lockForEdit(itemId);
        NewsMedia m = media.findInItem(itemId, mediaId).orElseThrow(() -> MediaProblems.notFound(itemId, mediaId));
        ETags.requireMatch(ifMatch, m.version);
        MediaMetadataRequest wanted = request.position() != null ? request : request.atPosition(m.position);
        // An identical replace is no change: no revision of the item, and neither version moves.
        if (!wanted.equals(MediaMapper.toRequest(m))) {
            // The revision keeps the item as it is before the change, so it is taken first.
            items.recordMediaChange(itemId, "MEDIA UPDATED " + mediaId);
            Changes.apply(m, MediaMapper::toRequest, changed -> apply(wanted, changed));
            m.updatedBy = caller.subject();
            media.flush();
            items.mediaChanged(itemId);
        }
        return new Versioned<>(MediaMapper.toView(m), m.version);
    }

    @Transactional
    public void delete(UUID itemId, UUID mediaId, String ifMatch) {
        items.lockForEdit(itemId);
        NewsMedia m = media.findInItem(itemId, mediaId).orElseThrow(() -> ifMatch == null || ifMatch.isBlank()
                ? MediaProblems.notFound(itemId, mediaId) : MediaProblems.noneToMatch(itemId, mediaId));
        ETags.requireMatch(ifMatch, m.version);
        items.recordMediaChange(itemId, "MEDIA DELETED " + mediaId);
        contents.deleteById(mediaId);
        media.delete(m);
        media.flush();
        items.mediaChanged(itemId);
    }

    private static void apply(MediaMetadataRequest r, NewsMedia m) {
        if (r.position() != null) {
            m.position = r.position();
        }
        m.caption = r.caption();
        m.altText = r.altText();
        m.credit = r.credit();
        m.licence = r.licence();
        m.sourceUrl = r.sourceUrl();
    }
}
