-- Issue 21: a page of partnerships of one place (state=DE-TH, country=PL), in the list's default order, read
-- from an index of that place in that order instead of a walk of the whole registry's order that tests every
-- partnership it passes (V15). Thuringia's first page walked 533 index entries to find its 20; on the demo
-- registry PostgreSQL took 0.30 ms per page walking, 0.18-0.20 ms reading this table's index for the ids and
-- then the rows, against 0.13-0.16 ms for a page of the whole registry (pgbench, one client, prepared).
--
-- One row per place of a partnership (each of its participants' countries and states, once) with the
-- partnership's founding date, the first key of the list's default order. Like the places themselves (V12),
-- the table is PostgreSQL's to keep, never the application's: the trigger below rewrites a partnership's rows
-- whenever its places (which V12's triggers write) or its founding date change. It writes nothing a client
-- sees. Country codes (two letters) and ISO 3166-2 codes (with a hyphen) never collide, so one column holds
-- both.
CREATE TABLE partnership_place (
    partnership_id UUID NOT NULL REFERENCES partnership (id) ON DELETE CASCADE,
    place          TEXT NOT NULL,
    established_on DATE,
    PRIMARY KEY (partnership_id, place)
);

-- The order of a page: by founding date (partnerships without one last), then id, as the list sorts.
CREATE INDEX partnership_place_established_on_idx ON partnership_place (place, established_on, partnership_id);

CREATE FUNCTION partnership_place_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM partnership_place WHERE partnership_id = OLD.id;
    END IF;
    INSERT INTO partnership_place (partnership_id, place, established_on)
    SELECT DISTINCT NEW.id, places.place, NEW.established_on
    FROM unnest(NEW.participant_countries || NEW.participant_subdivisions) AS places(place);
    RETURN NULL;
END
$$;

CREATE TRIGGER partnership_place_rows_added
    AFTER INSERT ON partnership
    FOR EACH ROW EXECUTE FUNCTION partnership_place_rows();

CREATE TRIGGER partnership_place_rows_changed
    AFTER UPDATE ON partnership
    FOR EACH ROW
    WHEN (OLD.participant_countries IS DISTINCT FROM NEW.participant_countries
          OR OLD.participant_subdivisions IS DISTINCT FROM NEW.participant_subdivisions
          OR OLD.established_on IS DISTINCT FROM NEW.established_on)
    EXECUTE FUNCTION partnership_place_rows();

INSERT INTO partnership_place (partnership_id, place, established_on)
SELECT DISTINCT p.id, places.place, p.established_on
FROM partnership p, unnest(p.participant_countries || p.participant_subdivisions) AS places(place);

ANALYZE partnership_place;
