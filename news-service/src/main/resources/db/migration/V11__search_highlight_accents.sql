-- Highlights find accented words. The search vector and the query read the text without accents
-- (news_unaccent, V2), but ts_headline reads the text as it is written, so it saw 'poznań' where the
-- query has 'poznan' and marked nothing. "Görlitz" was marked in German items only because the German
-- stemmer itself folds ä, ö, ü (not ń, é, ç ...; and not in English or plain items).
-- The configurations below are the search's own (news_search_config) with unaccent first for the
-- words that can carry accents: ts_headline then compares the words without accents and marks them as
-- they are written. unaccent is a filtering dictionary: what it returns goes on to the stemmer (or to
-- simple), so a word gets the lexeme that news_unaccent and the search configuration gave it in the
-- vector. The vector and the indexes do not change (no reindex).
CREATE TEXT SEARCH CONFIGURATION news_highlight_german (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION news_highlight_german
    ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.german_stem;
ALTER TEXT SEARCH CONFIGURATION news_highlight_german
    ALTER MAPPING FOR numword, numhword, hword_numpart WITH public.unaccent, pg_catalog.simple;

CREATE TEXT SEARCH CONFIGURATION news_highlight_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION news_highlight_english
    ALTER MAPPING FOR word, hword, hword_part WITH public.unaccent, pg_catalog.english_stem;
ALTER TEXT SEARCH CONFIGURATION news_highlight_english
    ALTER MAPPING FOR numword, numhword, hword_numpart WITH public.unaccent, pg_catalog.simple;

CREATE TEXT SEARCH CONFIGURATION news_highlight_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION news_highlight_simple
    ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH public.unaccent, pg_catalog.simple;

-- The highlighting configuration for an item's language: news_search_config's, accents ignored.
CREATE FUNCTION news_highlight_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
SELECT CASE language
           WHEN 'de' THEN 'news_highlight_german'::regconfig
           WHEN 'en' THEN 'news_highlight_english'::regconfig
           ELSE 'news_highlight_simple'::regconfig
       END
$$;
