-- Issue 21: a page of partnerships filtered by a place (country=PL, state=DE-TH) walks an order's index and
-- tests each partnership's places (V12's arrays) until the page is full. Each index of a list's order now
-- carries those arrays (INCLUDE), so that the walk tests them in the index alone, without reading the rows it
-- passes over (an index-only scan, PartnershipRepository#page): the page's 20 ids first, then their rows.
--
-- Measured with pgbench on the demo registry (4,894 partnerships), each statement prepared and kept:
-- Poland's first page 0.18 ms walking the rows, 0.14 ms walking the index; Thuringia's (239 matches)
-- 0.38 ms gathered and sorted, as it was, 0.12 ms walking the index, which is now cheaper than a gather
-- down to about 100 matches (PartnershipRepository#find). The arrays are small (one entry per
-- participant); a write of a partnership updated these indexes before as well.
DROP INDEX partnership_established_on_idx;
CREATE INDEX partnership_established_on_idx ON partnership (established_on, id)
    INCLUDE (participant_countries, participant_subdivisions);

DROP INDEX partnership_created_at_idx;
CREATE INDEX partnership_created_at_idx ON partnership (created_at, id)
    INCLUDE (participant_countries, participant_subdivisions);

DROP INDEX partnership_updated_at_idx;
CREATE INDEX partnership_updated_at_idx ON partnership (updated_at, id)
    INCLUDE (participant_countries, participant_subdivisions);
