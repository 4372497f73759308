-- One registration per person and event (issue 18): an e-mail address, compared without regard to
-- case (the application stores it without surrounding blanks), holds at most one registration of an
-- event that is not cancelled. A person who cancelled may register again.
--
-- Databases from before may hold repeats. Each person keeps one registration: a confirmed one
-- before a waitlisted one, then the oldest; the others are cancelled, not deleted, so that the
-- organizers still see what happened.
WITH ranked AS (
    SELECT id,
           row_number() OVER (PARTITION BY event_id, lower(email)
                              ORDER BY status = 'CONFIRMED' DESC, created_at, id) AS place
    FROM registration
    WHERE status <> 'CANCELLED'
)
UPDATE registration r
SET status = 'CANCELLED', updated_at = now(), version = r.version + 1
FROM ranked
WHERE r.id = ranked.id AND ranked.place > 1;

-- The seats the cancelled repeats held go to the waiting list, first come first served, as a
-- cancellation through the API would give them.
WITH confirmed AS (
    SELECT event_id, count(*) AS seats FROM registration WHERE status = 'CONFIRMED' GROUP BY event_id
), waiting AS (
    SELECT id, event_id, row_number() OVER (PARTITION BY event_id ORDER BY created_at, id) AS place
    FROM registration
    WHERE status = 'WAITLISTED'
)
UPDATE registration r
SET status = 'CONFIRMED', updated_at = now(), version = r.version + 1
FROM waiting w
JOIN event e ON e.id = w.event_id
LEFT JOIN confirmed c ON c.event_id = w.event_id
WHERE r.id = w.id
  AND (e.registration_capacity IS NULL OR w.place <= e.registration_capacity - coalesce(c.seats, 0));

CREATE UNIQUE INDEX registration_once_per_person ON registration (event_id, lower(email))
    WHERE status <> 'CANCELLED';
