-- News items: press releases and news about partnerships. Later migrations add the issuing
-- municipality, embargo workflow, media, topics, related records and revisions.
CREATE TABLE news_item (
    id            UUID PRIMARY KEY,
    slug          VARCHAR(160)  NOT NULL,
    headline      VARCHAR(300)  NOT NULL,
    lead          VARCHAR(1000),
    body          TEXT          NOT NULL,
    language      CHAR(2)       NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    published_at  TIMESTAMPTZ,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT news_item_slug_unique UNIQUE (slug),
    CONSTRAINT news_item_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT news_item_headline_check CHECK (btrim(headline) <> ''),
    CONSTRAINT news_item_body_check CHECK (btrim(body) <> '' AND char_length(body) <= 50000),
    CONSTRAINT news_item_language_check CHECK (language ~ '^[a-z]{2}$'),
    CONSTRAINT news_item_status_check CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN')),
    -- A published item always says since when, so that lists ordered by it are complete.
    CONSTRAINT news_item_published_at_check CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
);

-- The public list: published items, newest first.
CREATE INDEX news_item_status_published_idx ON news_item (status, published_at);
