-- Step 3 of 3 (see news-generate.sh): indexes, ids for the load test, statistics.
\set ON_ERROR_STOP on
SET maintenance_work_mem = '1GB';
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- The migrations' indexes, as step 1 saved them.
DO $$
DECLARE definition text;
BEGIN
    FOR definition IN SELECT indexdef FROM bench_indexes LOOP
        EXECUTE definition;
    END LOOP;
END $$;
DROP TABLE bench_indexes;

-- The ids the load test filters by.
\copy (SELECT DISTINCT unnest(related_partnership_ids) FROM (SELECT related_partnership_ids FROM news_item LIMIT 200) s) TO 'bench/results/bench-partnerships.txt'
\copy (SELECT DISTINCT issuer_municipality_id FROM (SELECT issuer_municipality_id FROM news_item LIMIT 200) s) TO 'bench/results/bench-issuers.txt'
DROP TABLE bench_words, bench_pools, bench_twinning;
DROP FUNCTION bench_fill;
VACUUM ANALYZE news_item;
