-- Municipalities: the places partnerships connect. Later migrations add names by language,
-- former names, coordinates and merges.
CREATE TABLE municipality (
    id             UUID PRIMARY KEY,
    slug           VARCHAR(120) NOT NULL,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    country_code   CHAR(2)      NOT NULL,
    subdivision    VARCHAR(6),
    official_code  VARCHAR(20),
    wikidata_id    VARCHAR(20),
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT municipality_slug_unique UNIQUE (slug),
    CONSTRAINT municipality_kind_check CHECK (kind IN ('MUNICIPALITY', 'CITY', 'DISTRICT', 'REGION', 'OTHER')),
    CONSTRAINT municipality_country_check CHECK (country_code ~ '^[A-Z]{2}$'),
    CONSTRAINT municipality_subdivision_check CHECK (subdivision IS NULL OR subdivision LIKE country_code || '-%')
);

CREATE UNIQUE INDEX municipality_wikidata_unique ON municipality (wikidata_id) WHERE wikidata_id IS NOT NULL;
CREATE INDEX municipality_country_idx ON municipality (country_code);
CREATE INDEX municipality_name_idx ON municipality (lower(name));
