-- Issue 21: search keys are re-folded only when the folding changed. This one row names the folding the
-- stored keys were made with (SearchKeyBackfill); before, every start read and folded every name.
create table search_key_folding (
    id          smallint primary key default 1 check (id = 1),
    fingerprint text not null,
    folded_at   timestamptz not null
);
