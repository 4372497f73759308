package org.twintowns.news.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of a {@link NewsMedia}, kept apart so that reading metadata never loads them. */
@Entity
@Table(name = "news_media_content")
public class NewsMediaContent {

    @Id
    @Column(name = "media_id")
    public UUID mediaId;

    @Column(nullable = false, columnDefinition = "bytea")
    public byte[] bytes;
}
