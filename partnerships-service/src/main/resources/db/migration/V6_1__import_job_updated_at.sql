-- Issue 20: the import job list takes updatedSince and sort=updatedAt like every list, so a job says
-- when it last changed (queued, claimed, progress, ended, back in line). Existing jobs: their latest time.
alter table import_job add column updated_at timestamptz;
update import_job set updated_at = greatest(created_at, started_at, heartbeat_at, finished_at);
alter table import_job alter column updated_at set not null;
create index import_job_updated on import_job (updated_at, id);
