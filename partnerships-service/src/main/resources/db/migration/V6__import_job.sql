-- Imports run as jobs (issue 19): a POST queues the decoded file here and answers 202; a worker of any
-- replica claims the oldest queued job (FOR UPDATE SKIP LOCKED) and runs it; the job keeps its progress,
-- and when finished its report (details in file order, paged by the API) until expires_at.
create table import_job (
    id              uuid primary key,
    source          varchar(60)  not null,
    dry_run         boolean      not null,
    state           varchar(16)  not null check (state in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    options         text,
    requested_by    varchar(200),
    created_at      timestamptz  not null,
    started_at      timestamptz,
    finished_at     timestamptz,
    heartbeat_at    timestamptz,
    expires_at      timestamptz,
    attempts        int          not null default 0,
    rows_done       int          not null default 0,
    rows_total      int,
    outcomes        jsonb,
    figures         jsonb,
    duration_millis bigint,
    problem         jsonb,
    -- The file, decoded and checked when the job was queued; dropped when the job ends.
    body            text,
    -- A second file some imports take (QID -> name); dropped with the body.
    names           text,
    -- One object per row, in file order.
    details         jsonb
);

create index import_job_queue on import_job (dry_run, created_at) where state = 'QUEUED';
create index import_job_expiry on import_job (expires_at) where expires_at is not null;
