-- Partnerships between municipalities: who takes part (and in which role), what kind of
-- partnership it is, its dated lifecycle, topics, funded projects, role mailboxes and where the
-- record comes from.

CREATE TABLE partnership (
    id                    UUID PRIMARY KEY,
    type                  VARCHAR(20)   NOT NULL,
    -- Derived from partnership_lifecycle_event by the service on every append; stored for queries.
    status                VARCHAR(12)   NOT NULL,
    -- The founding date; for sources that only give a year: January 1 and established_year_only.
    established_on        DATE,
    established_year_only BOOLEAN       NOT NULL DEFAULT FALSE,
    title                 VARCHAR(200),
    notes                 VARCHAR(4000),
    -- Provenance: where the record comes from and when someone last checked it.
    source_name           VARCHAR(200)  NOT NULL,
    source_url            VARCHAR(500),
    last_verified_on      DATE,
    -- The participants' municipality ids, sorted and joined with ','; makes "the same set of
    -- participants" comparable in a unique index.
    participants_key      VARCHAR(800)  NOT NULL,
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT partnership_type_check
        CHECK (type IN ('TWINNING', 'FRIENDSHIP', 'SOLIDARITY', 'PROJECT', 'COOPERATION', 'CONTACT')),
    CONSTRAINT partnership_status_check CHECK (status IN ('ACTIVE', 'SUSPENDED', 'ENDED')),
    CONSTRAINT partnership_year_only_check
        CHECK (NOT established_year_only
            OR (established_on IS NOT NULL AND EXTRACT(MONTH FROM established_on) = 1
                AND EXTRACT(DAY FROM established_on) = 1)),
    CONSTRAINT partnership_source_url_check CHECK (source_url IS NULL OR source_url ~ '^https?://')
);

-- No two partnerships of the same type between the same municipalities, even under concurrent creates.
CREATE UNIQUE INDEX partnership_type_participants_unique ON partnership (type, participants_key);
CREATE INDEX partnership_established_on_idx ON partnership (established_on, id);
CREATE INDEX partnership_created_at_idx ON partnership (created_at, id);
CREATE INDEX partnership_status_idx ON partnership (status);

CREATE TABLE partnership_participant (
    partnership_id  UUID        NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    municipality_id UUID        NOT NULL REFERENCES municipality (id),
    -- The order in which the client listed the participants.
    position        INTEGER     NOT NULL,
    role            VARCHAR(12) NOT NULL,
    CONSTRAINT partnership_participant_pk PRIMARY KEY (partnership_id, municipality_id),
    CONSTRAINT partnership_participant_role_check CHECK (role IN ('PARTNER', 'INITIATOR', 'COORDINATOR', 'OBSERVER'))
);

CREATE INDEX partnership_participant_municipality_idx ON partnership_participant (municipality_id, partnership_id);

CREATE TABLE partnership_lifecycle_event (
    id             UUID         PRIMARY KEY,
    partnership_id UUID         NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    -- Position in the history, from 0; two concurrent appends cannot both take the same one.
    position       INTEGER      NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    occurred_on    DATE         NOT NULL,
    reason         VARCHAR(1000),
    note           VARCHAR(1000),
    recorded_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT partnership_lifecycle_event_position_unique UNIQUE (partnership_id, position),
    CONSTRAINT partnership_lifecycle_event_kind_check CHECK (kind IN
        ('ESTABLISHED', 'COUNCIL_DECISION', 'CHARTER_SIGNED', 'SUSPENDED', 'ENDED', 'REACTIVATED')),
    CONSTRAINT partnership_lifecycle_event_reason_check
        CHECK (kind NOT IN ('SUSPENDED', 'ENDED') OR (reason IS NOT NULL AND btrim(reason) <> ''))
);

CREATE TABLE partnership_topic (
    partnership_id UUID        NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    topic          VARCHAR(40) NOT NULL,
    CONSTRAINT partnership_topic_pk PRIMARY KEY (partnership_id, topic),
    CONSTRAINT partnership_topic_slug_check CHECK (topic ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

CREATE INDEX partnership_topic_topic_idx ON partnership_topic (topic);

CREATE TABLE partnership_project (
    partnership_id UUID          NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position       INTEGER       NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    description    VARCHAR(4000),
    -- The funding programme, such as "Kommunale Zusammenarbeit Maghreb-Deutschland".
    programme      VARCHAR(300),
    funder         VARCHAR(300),
    amount         NUMERIC(15, 2),
    -- ISO 4217.
    currency       VARCHAR(3),
    starts_on      DATE,
    ends_on        DATE,
    CONSTRAINT partnership_project_pk PRIMARY KEY (partnership_id, position),
    CONSTRAINT partnership_project_amount_check CHECK (amount IS NULL OR amount >= 0),
    CONSTRAINT partnership_project_currency_check
        CHECK ((amount IS NULL) = (currency IS NULL) AND (currency IS NULL OR currency ~ '^[A-Z]{3}$')),
    CONSTRAINT partnership_project_period_check CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
);

-- Role mailboxes ("Partnership office"), not private persons.
CREATE TABLE partnership_contact (
    partnership_id  UUID         NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    position        INTEGER      NOT NULL,
    role            VARCHAR(200) NOT NULL,
    email           VARCHAR(320),
    phone           VARCHAR(50),
    url             VARCHAR(500),
    -- The participant the mailbox belongs to, if any. Deferred, because a change of participants
    -- and contacts rewrites both tables in one transaction.
    municipality_id UUID,
    -- Internal contacts are never part of a public representation.
    internal        BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT partnership_contact_pk PRIMARY KEY (partnership_id, position),
    CONSTRAINT partnership_contact_participant_fk FOREIGN KEY (partnership_id, municipality_id)
        REFERENCES partnership_participant (partnership_id, municipality_id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT partnership_contact_channel_check CHECK (email IS NOT NULL OR phone IS NOT NULL OR url IS NOT NULL)
);
