-- Issue 21: a participant carries its municipality's country and state, so that "partnerships with a
-- participant in Thuringia" (or in France) is read from one index of partnership_participant instead of
-- joining every participant to its municipality. With the join, the planner could not see how many
-- partnerships a state has: it walked all partnerships in the list's order and tested each one's
-- participants (3,759 buffers, about 3 ms of PostgreSQL's CPU per page of state=DE-TH on the demo
-- registry, three times what the rest of the request cost it).
--
-- The copy is PostgreSQL's to keep, never the application's: the service maps neither column, and
-- these triggers write them whenever a participant row is written and whenever a municipality's
-- country or state changes. They write no other column: no version, no updated_at, no change-feed
-- entry, because nothing a client sees of the partnership changes.
ALTER TABLE partnership_participant
    ADD COLUMN country_code CHAR(2),
    ADD COLUMN subdivision  VARCHAR(6);

UPDATE partnership_participant pp
SET country_code = m.country_code, subdivision = m.subdivision
FROM municipality m
WHERE m.id = pp.municipality_id;

ALTER TABLE partnership_participant ALTER COLUMN country_code SET NOT NULL;

CREATE INDEX partnership_participant_country_idx ON partnership_participant (country_code, partnership_id);
CREATE INDEX partnership_participant_subdivision_idx ON partnership_participant (subdivision, partnership_id)
    WHERE subdivision IS NOT NULL;

-- A participant row takes its place from its municipality when written, with the lock its foreign key
-- takes anyway (FOR KEY SHARE): it waits for a concurrent change of that municipality's place to
-- commit, and then reads the new place.
CREATE FUNCTION partnership_participant_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT m.country_code, m.subdivision INTO NEW.country_code, NEW.subdivision
    FROM municipality m WHERE m.id = NEW.municipality_id FOR KEY SHARE;
    IF NOT FOUND THEN
        -- What the foreign key would have said, had the NOT NULL column not said it first.
        RAISE foreign_key_violation USING
            MESSAGE = format('insert or update on table "partnership_participant" violates foreign key '
                || 'constraint "partnership_participant_municipality_id_fkey": no municipality %s',
                NEW.municipality_id),
            CONSTRAINT = 'partnership_participant_municipality_id_fkey';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER partnership_participant_place
    BEFORE INSERT OR UPDATE OF municipality_id ON partnership_participant
    FOR EACH ROW EXECUTE FUNCTION partnership_participant_place();

-- A municipality that moves to another state (a correction, a merge across a border) moves its
-- participants with it, before its own row changes. It first waits for every transaction that is writing a
-- participant of it (FOR UPDATE conflicts with their FOR KEY SHARE), so that the UPDATE after it, a
-- statement of its own with a snapshot of its own, sees their rows; and a participant written after the
-- move began waits for it to commit (its FOR KEY SHARE against that FOR UPDATE), then reads the new
-- place. Either way no participant keeps an old place (ParticipantPlaceTest). The lock must come before
-- the row changes: taken after (in an AFTER trigger), it is on the new row version, which a participant's
-- FOR KEY SHARE on the old one never waits for.
CREATE FUNCTION municipality_place_to_participants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM municipality WHERE id = OLD.id FOR UPDATE;
    UPDATE partnership_participant
    SET country_code = NEW.country_code, subdivision = NEW.subdivision
    WHERE municipality_id = NEW.id;
    RETURN NEW;
END
$$;

CREATE TRIGGER municipality_place_to_participants
    BEFORE UPDATE OF country_code, subdivision ON municipality
    FOR EACH ROW
    WHEN (OLD.country_code IS DISTINCT FROM NEW.country_code OR OLD.subdivision IS DISTINCT FROM NEW.subdivision)
    EXECUTE FUNCTION municipality_place_to_participants();
