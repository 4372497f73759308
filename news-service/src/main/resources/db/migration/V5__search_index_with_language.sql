-- The search index also holds the language (btree_gin lets a GIN index take a plain column), so a
-- search limited to one language intersects both inside the index: "Partnerschaft" among English
-- items no longer fetches the half million German items that contain it only to drop them.
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX IF EXISTS news_item_search_idx;
CREATE INDEX news_item_search_idx ON news_item USING gin (language, search_vector);
