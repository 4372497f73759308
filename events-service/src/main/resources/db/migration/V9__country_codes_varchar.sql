-- Issue 21: country codes are VARCHAR(2), not CHAR(2), so that a filter by country can use its index.
--
-- The driver sends a Java string as varchar. PostgreSQL has no char = varchar operator: it compared
-- country::text = $1, which neither event_country_country_idx nor the primary key can answer, so
-- events?country=PL could not start from Poland's events. PostgreSQL's own advice is never to use
-- char(n) (wiki, "Don't Do This"): it pads with blanks and is no faster. The values stay exactly two
-- capital letters (the CHECK constraints), so no value had blanks to lose.
ALTER TABLE event_country ALTER COLUMN country TYPE VARCHAR(2);
ALTER TABLE event ALTER COLUMN venue_country TYPE VARCHAR(2);
