-- Issue 21: a list page reads its page, not the archive.
-- The public list's order is publishedAt descending with drafts (no publishedAt) last, then id: the query
-- says "published_at DESC NULLS LAST", but the index of V2 is "published_at DESC" (nulls first), an order
-- PostgreSQL cannot use for it, so every page sorted every visible item (5,000 rows read for a page of one
-- in ListEndpointSuite; the whole archive on a large one).
DROP INDEX news_item_visible_published_idx;
CREATE INDEX news_item_visible_published_idx ON news_item (published_at DESC NULLS LAST, id)
    WHERE status IN ('PUBLISHED', 'SCHEDULED');
-- The sync walk's order (updatedAt, then id).
CREATE INDEX news_item_updated_at_idx ON news_item (updated_at, id);
