-- Issue 23: where the venue is, beside its free text: WGS 84 coordinates (both or neither, in range) and a
-- postal address in the parts of schema.org's PostalAddress. Both describe the venue, so neither goes without it.
ALTER TABLE event
    ADD COLUMN venue_latitude       DOUBLE PRECISION,
    ADD COLUMN venue_longitude      DOUBLE PRECISION,
    ADD COLUMN venue_street_address VARCHAR(200),
    ADD COLUMN venue_postal_code    VARCHAR(20),
    ADD COLUMN venue_locality       VARCHAR(100),
    ADD COLUMN venue_country        CHAR(2),
    ADD CONSTRAINT event_venue_coordinates_check
        CHECK ((venue_latitude IS NULL) = (venue_longitude IS NULL)
            AND (venue_latitude IS NULL OR (venue_latitude BETWEEN -90 AND 90 AND venue_longitude BETWEEN -180 AND 180))),
    ADD CONSTRAINT event_venue_address_check
        CHECK ((venue_locality IS NULL) = (venue_country IS NULL)
            AND (venue_locality IS NOT NULL OR (venue_street_address IS NULL AND venue_postal_code IS NULL))),
    ADD CONSTRAINT event_venue_place_check
        CHECK (venue IS NOT NULL OR (venue_latitude IS NULL AND venue_locality IS NULL));

-- The map's bounding box, latitude first as in partnerships-service's municipality_position_idx; only events
-- with a place are in it.
CREATE INDEX event_venue_position_idx ON event (venue_latitude, venue_longitude) WHERE venue_latitude IS NOT NULL;
