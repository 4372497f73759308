-- The rest of an event: description, series, organizers and participants (municipality ids of
-- the partnerships service), related partnerships, topics, the agenda, the dated status
-- history, registration settings and registrations. sequence counts every change of the event
-- (iCalendar SEQUENCE).
CREATE TABLE event_series (
    id          UUID         PRIMARY KEY,
    name        JSONB        NOT NULL,
    description JSONB,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT event_series_name_check CHECK (jsonb_typeof(name) = 'object' AND name <> '{}'::jsonb)
);

ALTER TABLE event
    ADD COLUMN description           JSONB,
    ADD COLUMN sequence              INTEGER      NOT NULL DEFAULT 0,
    ADD COLUMN series_id             UUID         REFERENCES event_series (id),
    ADD COLUMN registration_open     BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN registration_deadline TIMESTAMPTZ,
    ADD COLUMN registration_capacity INTEGER,
    ADD CONSTRAINT event_sequence_check CHECK (sequence >= 0),
    ADD CONSTRAINT event_capacity_check CHECK (registration_capacity IS NULL OR registration_capacity > 0);

CREATE INDEX event_series_idx ON event (series_id);
CREATE INDEX event_ends_at_idx ON event (ends_at);

CREATE TABLE event_organizer (
    event_id        UUID NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    municipality_id UUID NOT NULL,
    PRIMARY KEY (event_id, municipality_id)
);
CREATE INDEX event_organizer_municipality_idx ON event_organizer (municipality_id);

CREATE TABLE event_participant (
    event_id        UUID NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    municipality_id UUID NOT NULL,
    PRIMARY KEY (event_id, municipality_id)
);
CREATE INDEX event_participant_municipality_idx ON event_participant (municipality_id);

CREATE TABLE event_partnership (
    event_id       UUID NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    partnership_id UUID NOT NULL,
    PRIMARY KEY (event_id, partnership_id)
);
CREATE INDEX event_partnership_partnership_idx ON event_partnership (partnership_id);

CREATE TABLE event_topic (
    event_id UUID        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    topic    VARCHAR(60) NOT NULL,
    PRIMARY KEY (event_id, topic)
);
CREATE INDEX event_topic_topic_idx ON event_topic (topic);

-- The agenda, in order.
CREATE TABLE event_session (
    event_id  UUID        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position  INTEGER     NOT NULL,
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at   TIMESTAMPTZ NOT NULL,
    title     JSONB       NOT NULL,
    speakers  JSONB       NOT NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT event_session_period_check CHECK (ends_at > starts_at)
);

-- Every status the event has had, oldest first; the last one is event.status.
CREATE TABLE event_status_change (
    event_id   UUID         NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL,
    reason     VARCHAR(500),
    PRIMARY KEY (event_id, position),
    CONSTRAINT event_status_change_status_check CHECK (status IN ('SCHEDULED', 'POSTPONED', 'CANCELLED',
                                                                  'MOVED_ONLINE', 'COMPLETED'))
);

-- Personal data: only the event's organizers and admins ever see these rows.
CREATE TABLE registration (
    id                      UUID         PRIMARY KEY,
    event_id                UUID         NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    name                    VARCHAR(200) NOT NULL,
    email                   VARCHAR(254) NOT NULL,
    organisation            VARCHAR(200),
    municipality_id         UUID,
    status                  VARCHAR(20)  NOT NULL,
    cancellation_token_hash VARCHAR(64)  NOT NULL,
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL,
    CONSTRAINT registration_status_check CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED'))
);
CREATE INDEX registration_event_idx ON registration (event_id, status, created_at);

-- Free-text search over the texts (not the language keys) of title and description.
ALTER TABLE event ADD COLUMN search_text TEXT GENERATED ALWAYS AS (
    lower(jsonb_path_query_array(title, '$.*')::text || ' '
          || coalesce(jsonb_path_query_array(description, '$.*')::text, ''))) STORED;
