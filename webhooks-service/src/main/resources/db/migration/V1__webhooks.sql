-- Subscriptions: who wants which changes where, and the secret their deliveries are signed with.
CREATE TABLE subscription (
    id                     uuid PRIMARY KEY,
    created_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL,
    version                bigint       NOT NULL DEFAULT 0,
    -- The token subject of whoever created it: only they (and admins) see and manage it.
    owner                  varchar(255) NOT NULL,
    url                    varchar(2000) NOT NULL,
    description            varchar(500),
    -- Space-separated: event type patterns (news.*, *), municipality ids, ISO 3166-1 alpha-2 codes.
    types                  text         NOT NULL,
    municipalities         text         NOT NULL DEFAULT '',
    countries              text         NOT NULL DEFAULT '',
    state                  varchar(16)  NOT NULL CHECK (state IN ('ACTIVE', 'DISABLED')),
    disabled_reason        varchar(500),
    disabled_at            timestamptz,
    -- The signing secrets (whsec_...): kept as they are, since every delivery is signed with them.
    secret                 varchar(100) NOT NULL,
    previous_secret        varchar(100),
    previous_secret_until  timestamptz,
    last_success_at        timestamptz
);
CREATE INDEX subscription_owner ON subscription (owner, created_at);
CREATE INDEX subscription_active ON subscription (state) WHERE state = 'ACTIVE';

-- Where each followed feed stands: the cursor after the last page stored.
CREATE TABLE feed_cursor (
    source      varchar(32)  PRIMARY KEY,
    position    varchar(500) NOT NULL,
    updated_at  timestamptz  NOT NULL
);

-- One event to send to one subscription, with its retries.
CREATE TABLE delivery (
    id               uuid PRIMARY KEY,
    -- Feed order: a later delivery for the same subscription and subject waits for the earlier ones.
    seq              bigserial    NOT NULL UNIQUE,
    subscription_id  uuid         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    event_id         varchar(255) NOT NULL,
    event_type       varchar(100) NOT NULL,
    subject          varchar(255) NOT NULL DEFAULT '',
    -- The CloudEvent in the JSON format, exactly the body that is signed and sent.
    body             text         NOT NULL,
    state            varchar(16)  NOT NULL CHECK (state IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts         integer      NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz  NOT NULL,
    lease_until      timestamptz,
    lease_token      uuid,
    created_at       timestamptz  NOT NULL,
    first_attempt_at timestamptz,
    finished_at      timestamptz,
    redelivery_of    uuid
);
CREATE INDEX delivery_due ON delivery (next_attempt_at, seq) WHERE state = 'PENDING';
CREATE INDEX delivery_subject ON delivery (subscription_id, subject, seq) WHERE state = 'PENDING';
CREATE INDEX delivery_log ON delivery (subscription_id, created_at DESC, seq DESC);

-- Every attempt to send a delivery: when, what came back, how long it took.
CREATE TABLE delivery_attempt (
    id           bigserial    PRIMARY KEY,
    delivery_id  uuid         NOT NULL REFERENCES delivery (id) ON DELETE CASCADE,
    attempted_at timestamptz  NOT NULL,
    status_code  integer,
    error        varchar(500),
    duration_ms  integer      NOT NULL
);
CREATE INDEX delivery_attempt_delivery ON delivery_attempt (delivery_id, id);
