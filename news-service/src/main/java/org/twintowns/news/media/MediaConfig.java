package org.twintowns.news.media;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits for images attached to news items. */
@ConfigMapping(prefix = "news.media")
public interface MediaConfig {

    /** The largest image accepted, in bytes of the file. */
    @WithDefault("8M")
    MemorySize maxSize();

    /**
     * The most pixels (width times height) an image may have. Bounds the memory that checking
     * an image takes: a small file can declare a huge canvas.
     */
    @WithDefault("50000000")
    long maxPixels();

    /** How many images one news item may carry. */
    @WithDefault("20")
    int maxPerItem();
}
