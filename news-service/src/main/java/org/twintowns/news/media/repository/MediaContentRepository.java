package org.twintowns.news.media.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.twintowns.news.media.NewsMediaContent;

/** The bytes of media, by media id. */
@ApplicationScoped
public class MediaContentRepository implements PanacheRepositoryBase<NewsMediaContent, UUID> {
}
