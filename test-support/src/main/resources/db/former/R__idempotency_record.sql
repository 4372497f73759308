-- Responses to POST requests sent with an Idempotency-Key, so that a retried create is answered
-- with the first answer instead of creating twice (see org.twintowns.commons.http.Idempotency).
-- Shipped by api-commons as a repeatable migration: every service that uses it gets the table.
CREATE TABLE IF NOT EXISTS idempotency_record (
    idempotency_key VARCHAR(255) NOT NULL,
    -- Whose key it is: the token's subject, or 'anonymous'.
    scope           VARCHAR(255) NOT NULL,
    -- Method, path and a SHA-256 of the body: the same key with another request is refused.
    fingerprint     VARCHAR(128) NOT NULL,
    -- Null while the first request is still being processed.
    status          SMALLINT,
    location        VARCHAR(2000),
    etag            VARCHAR(200),
    body            TEXT,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT idempotency_record_pk PRIMARY KEY (idempotency_key, scope)
);

CREATE INDEX IF NOT EXISTS idempotency_record_created_at_idx ON idempotency_record (created_at);
