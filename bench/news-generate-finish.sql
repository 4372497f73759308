-- Step 3 of 3 (see news-generate.sh): indexes, ids for the load test, statistics.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '1GB';
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE INDEX news_item_status_published_idx ON news_item (status, published_at);
CREATE INDEX news_item_issuer_idx ON news_item (issuer_municipality_id);
CREATE INDEX news_item_topics_idx ON news_item USING gin (topics);
CREATE INDEX news_item_related_municipalities_idx ON news_item USING gin (related_municipality_ids);
CREATE INDEX news_item_related_partnerships_idx ON news_item USING gin (related_partnership_ids);
CREATE INDEX news_item_related_events_idx ON news_item USING gin (related_event_ids);
CREATE INDEX news_item_visible_published_idx ON news_item (published_at DESC, id)
    WHERE status IN ('PUBLISHED', 'SCHEDULED');
CREATE INDEX news_item_search_idx ON news_item USING gin (language, search_vector);

-- The ids the load test filters by.
\copy (SELECT DISTINCT unnest(related_partnership_ids) FROM (SELECT related_partnership_ids FROM news_item LIMIT 200) s) TO 'bench/results/bench-partnerships.txt'
\copy (SELECT DISTINCT issuer_municipality_id FROM (SELECT issuer_municipality_id FROM news_item LIMIT 200) s) TO 'bench/results/bench-issuers.txt'
DROP TABLE bench_words, bench_pools, bench_twinning;
DROP FUNCTION bench_fill;
VACUUM ANALYZE news_item;
