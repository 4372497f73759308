-- The countries of an event's organizers and participants, recorded from partnerships-service when
-- the event is written, so that events can be filtered by country without asking it on every read.
CREATE TABLE event_country (
    event_id UUID    NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    country  CHAR(2) NOT NULL,
    CONSTRAINT event_country_pk PRIMARY KEY (event_id, country),
    CONSTRAINT event_country_code_check CHECK (country ~ '^[A-Z]{2}$')
);

CREATE INDEX event_country_country_idx ON event_country (country, event_id);
