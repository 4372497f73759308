-- Issue 21: a list page reads its page, not the table. The default order (startsAt, then id) and the sync
-- walk's (updatedAt, then id) each have an index that yields rows in that order, so that a page stops after
-- its rows instead of sorting every matching event. Series likewise (createdAt, then id, by default).
CREATE INDEX event_starts_at_order_idx ON event (starts_at, id);
DROP INDEX event_starts_at_idx;
CREATE INDEX event_updated_at_idx ON event (updated_at, id);
CREATE INDEX event_series_created_at_idx ON event_series (created_at, id);
CREATE INDEX event_series_updated_at_idx ON event_series (updated_at, id);
