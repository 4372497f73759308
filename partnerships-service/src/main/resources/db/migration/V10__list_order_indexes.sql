-- Issue 21: a list page reads its page, not the registry. Each list's default order, and the sync walk's
-- (updatedAt, id), has an index that yields rows in that order, so that a page of 20 stops after 20 rows
-- instead of sorting every matching row: the municipality list sorted all 14,652 of the demo registry
-- by name for each page (5.6 ms; 0.2 ms with the index). The filtered orders (a country's or a state's
-- municipalities by name) lead with the filter's column; those indexes serve the filter alone as well,
-- so the single-column ones go.
CREATE INDEX municipality_name_order_idx ON municipality (name, id);
CREATE INDEX municipality_country_name_idx ON municipality (country_code, name, id);
DROP INDEX municipality_country_idx;
CREATE INDEX municipality_subdivision_name_idx ON municipality (subdivision, name, id);
DROP INDEX municipality_subdivision_idx;
CREATE INDEX municipality_updated_at_idx ON municipality (updated_at, id);
CREATE INDEX partnership_updated_at_idx ON partnership (updated_at, id);
