package org.twintowns.news.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.twintowns.commons.persistence.TrackedEntity;

/**
 * An image attached to a news item: what it is (type, size, dimensions, hash) and what readers
 * must be told about it (caption, credit line, licence, source). The bytes are a
 * {@link NewsMediaContent} of the same id and never change: a new image is a new media.
 */
@Entity
@Table(name = "news_media")
public class NewsMedia extends TrackedEntity {

    @Column(name = "news_item_id", nullable = false)
    public UUID newsItemId;

    /** Order within the item, from 0; the first image leads in feeds. */
    @Column(nullable = false)
    public int position;

    /** One of {@link org.twintowns.news.media.image.ImageType}'s media types, as the bytes say. */
    @Column(name = "content_type", nullable = false, length = 20)
    public String contentType;

    @Column(name = "byte_size", nullable = false)
    public int byteSize;

    /** Lower-case hex SHA-256 of the bytes: the strong ETag of the content. */
    @Column(nullable = false, length = 64, columnDefinition = "bpchar(64)")
    public String sha256;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    /** The uploaded file's name, reduced to a safe form, for Content-Disposition. */
    @Column(name = "file_name", nullable = false, length = 200)
    public String fileName;

    @Column(length = 1000)
    public String caption;

    @Column(name = "alt_text", length = 1000)
    public String altText;

    /** The credit line shown wherever the image is, such as "Foto: Stadt Jena". */
    @Column(nullable = false, length = 300)
    public String credit;

    /** Such as "CC BY 4.0" or "press use only". */
    @Column(nullable = false, length = 200)
    public String licence;

    @Column(name = "source_url", length = 2000)
    public String sourceUrl;

    @Column(name = "created_by", length = 200)
    public String createdBy;

    @Column(name = "updated_by", length = 200)
    public String updatedBy;
}
