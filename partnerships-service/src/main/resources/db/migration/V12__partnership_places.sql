-- Issue 21: a partnership carries the places of its participants (their countries, one entry per
-- participant, and their states), so that "partnerships with a participant in Poland" is a test of the
-- partnership's own row instead of a lookup of its participants for every partnership a page walks past.
-- On the demo registry a page of country=PL walked 241 partnerships with a subquery each (0.62 ms of
-- PostgreSQL's time per page, measured with pgbench), a page that tests the row's array 0.15 ms; its count
-- gathered the participants and probed each partnership (0.41 ms), the array's GIN index counts it in
-- 0.10 ms. The planner also sees how many match (the arrays' element statistics): it walks the list's
-- order for a country with many partnerships and takes the index, then sorts, for one with few, choices
-- the service made itself before, at the price of counting first.
--
-- As with the participants' places (V11), the copy is PostgreSQL's to keep, never the application's: the
-- service maps neither column, and the triggers below write them whenever a participant row is written,
-- moved or removed, a municipality's move included (V11's trigger rewrites the participants' places, which
-- fires these). They write no other column: no version, no updated_at, no change-feed entry, because
-- nothing a client sees of the partnership changes. A write that leaves the places as they were (a
-- partnership saved with the same participants) does not touch the partnership's row.
ALTER TABLE partnership
    ADD COLUMN participant_countries    TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN participant_subdivisions TEXT[] NOT NULL DEFAULT '{}';

-- Countries sorted, one per participant: a partnership of two German towns holds {DE,DE}, which is how
-- "a German and another German participant" (country=DE&partnerCountry=DE) is told from one German one.
-- States sorted, each once.
CREATE FUNCTION partnership_places(of_partnership UUID) RETURNS VOID LANGUAGE sql AS $$
    UPDATE partnership p
    SET participant_countries = places.countries, participant_subdivisions = places.subdivisions
    FROM (SELECT coalesce(array_agg(pp.country_code::text ORDER BY pp.country_code), '{}') AS countries,
                 coalesce(array_agg(DISTINCT pp.subdivision::text) FILTER (WHERE pp.subdivision IS NOT NULL),
                          '{}') AS subdivisions
          FROM partnership_participant pp WHERE pp.partnership_id = of_partnership) places
    WHERE p.id = of_partnership
      AND (p.participant_countries, p.participant_subdivisions)
          IS DISTINCT FROM (places.countries, places.subdivisions);
$$;

UPDATE partnership p
SET participant_countries = places.countries, participant_subdivisions = places.subdivisions
FROM (SELECT pp.partnership_id,
             array_agg(pp.country_code::text ORDER BY pp.country_code) AS countries,
             coalesce(array_agg(DISTINCT pp.subdivision::text) FILTER (WHERE pp.subdivision IS NOT NULL),
                      '{}') AS subdivisions
      FROM partnership_participant pp GROUP BY pp.partnership_id) places
WHERE places.partnership_id = p.id;

CREATE INDEX partnership_participant_countries_idx ON partnership USING gin (participant_countries);
CREATE INDEX partnership_participant_subdivisions_idx ON partnership USING gin (participant_subdivisions);

CREATE FUNCTION partnership_participant_places() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM partnership_places(OLD.partnership_id);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.partnership_id <> OLD.partnership_id THEN
        PERFORM partnership_places(NEW.partnership_id);
    END IF;
    RETURN NULL;
END
$$;

-- After the row is written, so that the participant's own place (V11's BEFORE trigger) is in it.
CREATE TRIGGER partnership_participant_places_added
    AFTER INSERT OR DELETE ON partnership_participant
    FOR EACH ROW EXECUTE FUNCTION partnership_participant_places();

CREATE TRIGGER partnership_participant_places_changed
    AFTER UPDATE ON partnership_participant
    FOR EACH ROW
    WHEN (OLD.country_code IS DISTINCT FROM NEW.country_code OR OLD.subdivision IS DISTINCT FROM NEW.subdivision
          OR OLD.partnership_id IS DISTINCT FROM NEW.partnership_id)
    EXECUTE FUNCTION partnership_participant_places();
