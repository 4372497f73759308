-- A search without a language: an excluded word excludes an item whichever reading of the query finds
-- it in the item.
--
-- V6's news_search_query OR-ed the German, English and plain readings of the whole query, so
-- "Dortmund -Pandemie" still found German items with "Pandemie" through the plain reading: its
-- 'dortmund' & !'pandemie' holds for an item whose vector has the German stem 'pandemi'. Now each
-- excluded operand (websearch syntax: -word, -"phrase") is replaced, before the readings are taken,
-- by a marker word that every configuration keeps as it is, and in each reading the marker then
-- stands for the operand in all three readings: its negation holds only for an item that has none of
-- them. Everything else keeps websearch_to_tsquery's own structure in each reading, so words,
-- phrases and OR match in any reading as before ("Partnerschaft OR -Pandemie": the word, or any item
-- without the excluded one), and a stop word of one language still asks nothing in that reading.
-- Only the query changes: stored search vectors and the indexes stay as they are (no reindex).
CREATE OR REPLACE FUNCTION news_search_query(words text) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $$
DECLARE
    readings CONSTANT regconfig[] := ARRAY['pg_catalog.german', 'pg_catalog.english', 'pg_catalog.simple']::regconfig[];
    plain CONSTANT text := news_unaccent(words);
    marked text := '';
    excluded tsquery[] := '{}';
    variants tsquery[] := '{}';
    token text[];
    operand tsquery;
    variant tsquery;
BEGIN
    -- The text in the pieces websearch_to_tsquery reads: a quoted phrase (a minus inside excludes
    -- nothing); an exclusion, a minus where an operand may start followed by the word or phrase it
    -- excludes (operator characters and a space after the minus are skipped, as websearch does); any
    -- other single character. A text that holds the marker itself is read as V6 did.
    FOR token IN SELECT regexp_matches(plain,
            '("[^"]*"?)|(?:^|(?<=[\s!&|():<"]))-[\s!&|():<-]*("[^"]*"?|[^\s"!&|():<-][^\s"!&|():<]*)|(.)', 'g')
            WHERE strpos(lower(plain), 'qxexcluded') = 0 LOOP
        operand := NULL;
        IF token[2] IS NOT NULL THEN
            -- The excluded operand in every reading that has words for it (a stop word has none in its language).
            SELECT string_agg(DISTINCT '(' || r::text || ')', ' | ')::tsquery INTO operand
                FROM unnest(readings) AS c, websearch_to_tsquery(c, token[2]) AS r
                WHERE numnode(r) > 0;
        END IF;
        IF operand IS NOT NULL THEN
            excluded := excluded || operand;
            -- Letters and digits: a numword, which every configuration keeps as it is (dictionary simple).
            -- The space keeps it apart from a word that follows a closing quote.
            marked := marked || '-qxexcluded' || cardinality(excluded) || 'qx ';
        ELSE
            marked := marked || coalesce(token[1], token[2], token[3]);
        END IF;
    END LOOP;
    IF cardinality(excluded) = 0 THEN
        marked := plain;
    END IF;
    FOREACH variant IN ARRAY (SELECT array_agg(websearch_to_tsquery(c, marked)) FROM unnest(readings) AS c) LOOP
        FOR i IN 1 .. cardinality(excluded) LOOP
            variant := ts_rewrite(variant, ('qxexcluded' || i || 'qx')::tsquery, excluded[i]);
        END LOOP;
        variants := variants || variant;
    END LOOP;
    -- Each distinct reading once ("Partnerschaft" is the same word in all three), as in V6.
    RETURN (SELECT coalesce(string_agg(DISTINCT '(' || v::text || ')', ' | '), '')::tsquery
            FROM unnest(variants) AS v WHERE numnode(v) > 0);
END
$$;
