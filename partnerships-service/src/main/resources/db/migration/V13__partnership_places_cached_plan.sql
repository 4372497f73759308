-- Issue 21: V12's partnership_places(), which its triggers call for every participant row written, was a
-- function in SQL. PostgreSQL plans the statement of such a function again at every call (it cannot be
-- inlined, being an UPDATE); a PL/pgSQL function keeps its plan for the session. Same statement, same
-- effect. Measured in psql on the registry of bench/imports.sh, 6,000 participant rows written one
-- statement each in one transaction: 1.50-1.57 s with V12's function, 0.74-0.77 s with this one, 0.28 s
-- with no trigger at all (a twinning import writes two such rows for every partnership it adds).
CREATE OR REPLACE FUNCTION partnership_places(of_partnership UUID) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    UPDATE partnership p
    SET participant_countries = places.countries, participant_subdivisions = places.subdivisions
    FROM (SELECT coalesce(array_agg(pp.country_code::text ORDER BY pp.country_code), '{}') AS countries,
                 coalesce(array_agg(DISTINCT pp.subdivision::text) FILTER (WHERE pp.subdivision IS NOT NULL),
                          '{}') AS subdivisions
          FROM partnership_participant pp WHERE pp.partnership_id = of_partnership) places
    WHERE p.id = of_partnership
      AND (p.participant_countries, p.participant_subdivisions)
          IS DISTINCT FROM (places.countries, places.subdivisions);
END
$$;
