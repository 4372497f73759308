package org.twintowns.news.media.image;

/** What an uploaded file turned out to be: its format and size in pixels. */
public record ImageInfo(ImageType type, int width, int height) {
}
