-- Media attachments of news items: images uploaded through the API, with the caption, credit line
-- and licence every representation of the item shows. The bytes live in PostgreSQL, so they are
-- durable, written in the same transaction as their metadata and backed up with the item.

CREATE TABLE news_media (
    id            UUID PRIMARY KEY,
    news_item_id  UUID          NOT NULL REFERENCES news_item (id) ON DELETE CASCADE,
    -- Order within the item: the first image leads in feeds (the RSS enclosure).
    position      INTEGER       NOT NULL,
    content_type  VARCHAR(20)   NOT NULL,
    byte_size     INTEGER       NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    width         INTEGER       NOT NULL,
    height        INTEGER       NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    caption       VARCHAR(1000),
    alt_text      VARCHAR(1000),
    credit        VARCHAR(300)  NOT NULL,
    licence       VARCHAR(200)  NOT NULL,
    source_url    VARCHAR(2000),
    created_by    VARCHAR(200),
    updated_by    VARCHAR(200),
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT news_media_content_type_check
        CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    CONSTRAINT news_media_byte_size_check CHECK (byte_size > 0),
    CONSTRAINT news_media_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    CONSTRAINT news_media_dimensions_check CHECK (width > 0 AND height > 0),
    CONSTRAINT news_media_position_check CHECK (position >= 0),
    CONSTRAINT news_media_credit_check CHECK (btrim(credit) <> ''),
    CONSTRAINT news_media_licence_check CHECK (btrim(licence) <> ''),
    CONSTRAINT news_media_source_url_check CHECK (source_url IS NULL OR source_url ~ '^https?://')
);

CREATE INDEX news_media_item_idx ON news_media (news_item_id, position, created_at);

-- The bytes apart from the metadata: lists and feeds read the metadata of many items and never
-- the bytes. One row per media, written once: a new image is a new media id.
CREATE TABLE news_media_content (
    media_id  UUID   PRIMARY KEY REFERENCES news_media (id) ON DELETE CASCADE,
    bytes     BYTEA  NOT NULL,
    CONSTRAINT news_media_content_bytes_check CHECK (octet_length(bytes) > 0)
);

-- JPEG, PNG, WebP and GIF are compressed already: store them out of line without trying again.
ALTER TABLE news_media_content ALTER COLUMN bytes SET STORAGE EXTERNAL;
