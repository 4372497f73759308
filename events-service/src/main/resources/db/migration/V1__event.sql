-- Events: conferences, summer schools, delegation visits and other meetings of partner
-- municipalities. Start and end are instants; time_zone keeps the IANA zone the event is held
-- in, so that clients see local times. Later migrations add descriptions, organizers,
-- participating municipalities, sessions, series and registrations.
CREATE TABLE event (
    id               UUID         PRIMARY KEY,
    title            JSONB        NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    attendance_mode  VARCHAR(20)  NOT NULL,
    starts_at        TIMESTAMPTZ  NOT NULL,
    ends_at          TIMESTAMPTZ  NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    venue            VARCHAR(300),
    join_url         VARCHAR(500),
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT event_title_check CHECK (jsonb_typeof(title) = 'object' AND title <> '{}'::jsonb),
    CONSTRAINT event_kind_check CHECK (kind IN ('CONFERENCE', 'SUMMER_SCHOOL', 'DELEGATION_VISIT', 'WORKSHOP',
                                                'ONLINE_DISCUSSION', 'FORUM', 'SPORTS', 'CULTURE', 'OTHER')),
    CONSTRAINT event_status_check CHECK (status IN ('SCHEDULED', 'POSTPONED', 'CANCELLED', 'MOVED_ONLINE',
                                                    'COMPLETED')),
    CONSTRAINT event_attendance_mode_check CHECK (attendance_mode IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    CONSTRAINT event_period_check CHECK (ends_at > starts_at),
    CONSTRAINT event_time_zone_check CHECK (time_zone <> ''),
    -- The same attendance rules the service enforces, so that no other writer can break them.
    CONSTRAINT event_venue_check CHECK (attendance_mode = 'ONLINE' OR venue IS NOT NULL),
    CONSTRAINT event_join_url_check CHECK (attendance_mode = 'IN_PERSON' OR join_url IS NOT NULL),
    CONSTRAINT event_join_url_https_check CHECK (join_url IS NULL OR join_url ~* '^https://')
);

CREATE INDEX event_starts_at_idx ON event (starts_at);
CREATE INDEX event_kind_idx ON event (kind);
