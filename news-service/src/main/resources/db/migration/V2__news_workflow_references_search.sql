-- Editorial workflow (embargo), issuer and press contact, related records, revision history and
-- full-text search.

-- SCHEDULED items keep their embargo time in published_at: the moment they become public. The
-- visibility rule is evaluated at query time, so an item is public once that moment has passed,
-- whether or not the scheduler has flipped its status yet.
ALTER TABLE news_item
    ADD COLUMN issuer_municipality_id   UUID,
    ADD COLUMN issuer_name              VARCHAR(300),
    ADD COLUMN contact_name             VARCHAR(200),
    ADD COLUMN contact_role             VARCHAR(200),
    ADD COLUMN contact_email            VARCHAR(254),
    ADD COLUMN contact_phone            VARCHAR(50),
    ADD COLUMN topics                   TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN related_municipality_ids UUID[] NOT NULL DEFAULT '{}',
    ADD COLUMN related_partnership_ids  UUID[] NOT NULL DEFAULT '{}',
    ADD COLUMN related_event_ids        UUID[] NOT NULL DEFAULT '{}',
    -- The body without markup, maintained on write: what search indexes and snippets quote.
    ADD COLUMN body_text                TEXT NOT NULL DEFAULT '',
    ADD COLUMN created_by               VARCHAR(200),
    ADD COLUMN updated_by               VARCHAR(200),
    ADD CONSTRAINT news_item_scheduled_at_check CHECK (status <> 'SCHEDULED' OR published_at IS NOT NULL),
    ADD CONSTRAINT news_item_issuer_check
        CHECK (issuer_municipality_id IS NOT NULL OR issuer_name IS NOT NULL) NOT VALID;

CREATE INDEX news_item_issuer_idx ON news_item (issuer_municipality_id);
CREATE INDEX news_item_topics_idx ON news_item USING gin (topics);
CREATE INDEX news_item_related_municipalities_idx ON news_item USING gin (related_municipality_ids);
CREATE INDEX news_item_related_partnerships_idx ON news_item USING gin (related_partnership_ids);
CREATE INDEX news_item_related_events_idx ON news_item USING gin (related_event_ids);
-- The public list: visible items newest first.
CREATE INDEX news_item_visible_published_idx ON news_item (published_at DESC, id)
    WHERE status IN ('PUBLISHED', 'SCHEDULED');

-- --- Full-text search -------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); a generated column and its index need
-- an IMMUTABLE function, so this wrapper names the dictionary explicitly.
CREATE FUNCTION news_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The text search configuration for an item's language: stemming for German and English, plain
-- words for everything else.
CREATE FUNCTION news_search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
SELECT CASE language
           WHEN 'de' THEN 'pg_catalog.german'::regconfig
           WHEN 'en' THEN 'pg_catalog.english'::regconfig
           ELSE 'pg_catalog.simple'::regconfig
       END
$$;

ALTER TABLE news_item ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(news_search_config(language), news_unaccent(headline)), 'A')
        || setweight(to_tsvector(news_search_config(language), news_unaccent(coalesce(lead, ''))), 'B')
        || setweight(to_tsvector(news_search_config(language), news_unaccent(body_text)), 'C')
) STORED;

CREATE INDEX news_item_search_idx ON news_item USING gin (search_vector);

-- --- Revisions: every change keeps the content as it was before ---------------------------------
CREATE TABLE news_revision (
    id            UUID PRIMARY KEY,
    news_item_id  UUID          NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    number        INTEGER       NOT NULL,
    author        VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMPTZ   NOT NULL,
    change        VARCHAR(100)  NOT NULL,
    content       TEXT          NOT NULL,
    CONSTRAINT news_revision_number_unique UNIQUE (news_item_id, number),
    CONSTRAINT news_revision_number_check CHECK (number > 0)
);
