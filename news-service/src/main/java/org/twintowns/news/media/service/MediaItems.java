package org.twintowns.news.media.service;

import java.util.UUID;

/**
 * The news items that media belong to, as media see them. The item feature provides it, so that
 * items may show their media while media never depend back on items.
 */
public interface MediaItems {

    /**
     * 404 unless the caller may see the item, exactly as for the item itself.
     *
     * @return whether the item is public now, which decides how its media may be cached
     */
    boolean requireVisible(UUID itemId);

    /** 404, 401 or 403 unless the caller may edit the item, exactly as for the item itself. */
    void requireEditable(UUID itemId);

    /**
     * {@link #requireEditable} with the item's row locked until the caller's transaction ends, so
     * that changes to one item's media happen one after the other.
     */
    void lockForEdit(UUID itemId);

    /**
     * In the caller's transaction, before its media change: keeps a revision of the item (its
     * content and media as they are now) and marks the item changed. Its representation lists the
     * media, so it gets a new version and ETag.
     *
     * @param change what happens, for the revision history ({@code MEDIA ADDED <id>})
     */
    void recordMediaChange(UUID itemId, String change);

    /** In the caller's transaction, after its media change: the item's change is told to its followers. */
    void mediaChanged(UUID itemId);
}
