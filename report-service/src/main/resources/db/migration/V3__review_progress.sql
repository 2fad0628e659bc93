-- Review progress over time: when each submission version was submitted, returned or finally approved, as told
-- by the events (submittedAt, decidedAt). One row per (submission, version, kind); a redelivered or replayed
-- event keeps the earliest time, so the table is the same whatever order the topics are read in.
-- Year and region come from fact_submission at query time (a decision may arrive before its submission).
create table fact_review_progress (
    submission_id  uuid        not null,
    version        integer     not null,
    kind           varchar(10) not null check (kind in ('SUBMITTED', 'RETURNED', 'APPROVED')),
    occurred_at    timestamptz not null,
    primary key (submission_id, version, kind)
);
