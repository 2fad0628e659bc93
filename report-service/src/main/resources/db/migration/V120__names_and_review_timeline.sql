-- Names and the review timeline (issue 13).
-- 机审 findings keep the rule's Chinese title as the submitted event carries it (null in older events): pages and
-- charts show 指标值确定依据不明确, not VAGUE_BASIS.
alter table fact_finding add column rule_title varchar(200);

-- One row per stage a submission version went through in review, from budget.reviews: when the stage was entered
-- (case-opened for the first stage, stage-entered for the next), when and how it was decided and by whom. The
-- review panel of the city page reads it: median days to decision per stage, overdue stages, cases per reviewer.
-- Redelivered or replayed events keep the earliest times, so the table is the same whatever order topics are read in.
create table fact_review_stage (
    submission_id       uuid         not null,
    submission_version  integer      not null,
    stage               varchar(40)  not null,
    case_id             uuid,
    entered_at          timestamptz,
    decided_at          timestamptz,
    decision            varchar(10)  check (decision in ('APPROVED', 'RETURNED', 'REJECTED')),
    decided_by          varchar(200),
    primary key (submission_id, submission_version, stage)
);

-- The reasons (退回原因) of each return, one row per comment of the returned event ('' when the comment names none).
create table fact_return_reason (
    submission_id       uuid          not null,
    submission_version  integer       not null,
    stage               varchar(40)   not null,
    comment_no          integer       not null,
    reason              varchar(100)  not null,
    primary key (submission_id, submission_version, stage, comment_no)
);
