-- Municipalities as a registry needs them: names in every language and script, population,
-- coordinates, website, and what became of merged municipalities.

-- Trigram indexes make substring and fuzzy name search fast.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE municipality
    ADD COLUMN population      INTEGER,
    ADD COLUMN population_year SMALLINT,
    ADD COLUMN latitude        DOUBLE PRECISION,
    ADD COLUMN longitude       DOUBLE PRECISION,
    ADD COLUMN website         VARCHAR(500),
    ADD COLUMN merged_into_id  UUID REFERENCES municipality (id),
    ADD COLUMN merged_on       DATE,
    -- The official name, folded for search (see SearchKeys): lower case, no diacritics, Latin script.
    ADD COLUMN search_key      VARCHAR(400) NOT NULL DEFAULT '',
    ADD CONSTRAINT municipality_population_check CHECK (population IS NULL OR population >= 0),
    ADD CONSTRAINT municipality_population_year_check
        CHECK ((population IS NULL) = (population_year IS NULL) AND (population_year IS NULL OR population_year BETWEEN 1800 AND 2200)),
    ADD CONSTRAINT municipality_coordinates_check
        CHECK ((latitude IS NULL) = (longitude IS NULL)
            AND (latitude IS NULL OR (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180))),
    ADD CONSTRAINT municipality_not_merged_into_itself CHECK (merged_into_id IS NULL OR merged_into_id <> id),
    ADD CONSTRAINT municipality_merged_on_check CHECK (merged_on IS NULL OR merged_into_id IS NOT NULL);

ALTER TABLE municipality ALTER COLUMN search_key DROP DEFAULT;

-- The German AGS (and other official codes) identify one municipality per country.
CREATE UNIQUE INDEX municipality_official_code_unique ON municipality (country_code, official_code)
    WHERE official_code IS NOT NULL;
CREATE INDEX municipality_subdivision_idx ON municipality (subdivision);
CREATE INDEX municipality_merged_into_idx ON municipality (merged_into_id);
CREATE INDEX municipality_search_key_trgm ON municipality USING gin (search_key gin_trgm_ops);

-- Every other name a municipality is or was known by: in other languages and scripts
-- (Київ, Kyiv, Kiew), transliterations (Nowy Urengoi, Novy Urengoy) and former names.
CREATE TABLE municipality_name (
    id              UUID PRIMARY KEY,
    municipality_id UUID         NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
    name            VARCHAR(200) NOT NULL,
    -- BCP 47 language tag, such as de, uk, ru-Latn.
    language        VARCHAR(12)  NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    -- For former names: until when the name was in use.
    used_until      DATE,
    search_key      VARCHAR(400) NOT NULL,
    CONSTRAINT municipality_name_kind_check CHECK (kind IN ('OFFICIAL', 'EXONYM', 'TRANSLITERATION', 'FORMER')),
    CONSTRAINT municipality_name_language_check CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    CONSTRAINT municipality_name_until_only_former CHECK (used_until IS NULL OR kind = 'FORMER'),
    CONSTRAINT municipality_name_unique UNIQUE (municipality_id, language, name)
);

CREATE INDEX municipality_name_municipality_idx ON municipality_name (municipality_id);
CREATE INDEX municipality_name_search_key_trgm ON municipality_name USING gin (search_key gin_trgm_ops);
