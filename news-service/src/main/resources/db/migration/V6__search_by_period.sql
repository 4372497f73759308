-- Search reads the archive newest period first (NewsSearchRepository, SearchPeriods): for each
-- period, the search index intersects the words, the period and the filters, and only the items
-- that match are read from the table. Periods double from a week up to 64 weeks going back, so a
-- query that matches a fifth of the archive stops within the newest week or two, and a rare one
-- needs about fifteen look-ups into the index for five years. Neither depends on the planner
-- guessing how many items match (it guesses wrong for words that go together, or that are common
-- in one language and rare in the other), so neither walks the archive by date row by row.
-- Measured on the 1,000,000-item bench archive: bench/results/news-search-*.txt.

-- The week of a time: 7-day periods since 1970 (UTC).
CREATE FUNCTION news_search_week(at timestamptz) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN floor(extract(epoch FROM timezone('UTC', at)) / 604800)::integer;

-- The periods an item's time falls in, one number each: of 2^level weeks for level 0 to 6, numbered
-- level * 10000000 + floor(week / 2^level) (SearchPeriods in Java numbers them the same way).
CREATE FUNCTION news_search_periods(at timestamptz) RETURNS integer[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (SELECT array_agg(level * 10000000 + floor(news_search_week(at) / 2.0 ^ level)::integer ORDER BY level)
            FROM generate_series(0, 6) AS level);

ALTER TABLE news_item ADD COLUMN search_periods integer[] GENERATED ALWAYS AS (news_search_periods(published_at)) STORED;

-- Only items that are or will become public are searched. The index holds every filter a search
-- takes (btree_gin for the plain columns), so all of them are intersected inside it. The language's
-- own index holds no words of the other language's items: "Partnerschaft" among English items
-- finds nothing in the English index at once instead of stepping through all German items.
DROP INDEX IF EXISTS news_item_search_idx;
CREATE INDEX news_item_search_idx ON news_item USING gin
    (search_periods, language, search_vector, topics, related_partnership_ids, related_municipality_ids,
     related_event_ids, issuer_municipality_id)
    WHERE status IN ('PUBLISHED', 'SCHEDULED');
CREATE INDEX news_item_search_de_idx ON news_item USING gin
    (search_periods, search_vector, topics, related_partnership_ids, related_municipality_ids,
     related_event_ids, issuer_municipality_id)
    WHERE status IN ('PUBLISHED', 'SCHEDULED') AND language = 'de';
CREATE INDEX news_item_search_en_idx ON news_item USING gin
    (search_periods, search_vector, topics, related_partnership_ids, related_municipality_ids,
     related_event_ids, issuer_municipality_id)
    WHERE status IN ('PUBLISHED', 'SCHEDULED') AND language = 'en';

-- A search without a language: the words as German, as English and as they are, each variant once
-- ("Partnerschaft" is the same word in all three), so that the index and the ranking handle each
-- distinct word once instead of three times.
CREATE FUNCTION news_search_query(words text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (SELECT coalesce(string_agg(DISTINCT '(' || variant::text || ')', ' | '), '')::tsquery
            FROM unnest(ARRAY[websearch_to_tsquery('pg_catalog.german', news_unaccent(words)),
                              websearch_to_tsquery('pg_catalog.english', news_unaccent(words)),
                              websearch_to_tsquery('pg_catalog.simple', news_unaccent(words))]) AS variant
            WHERE numnode(variant) > 0);
