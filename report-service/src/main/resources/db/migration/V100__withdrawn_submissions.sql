-- Withdrawal (撤回): a withdrawn submission leaves every figure (counts, budgets, charts, the disclosure) and shows as
-- review status WITHDRAWN; a version filed again after it comes back as a new, PENDING version.
-- One row per submission: the highest version withdrawn, from budget.submission.withdrawn.v1 or from
-- budget.review.closed.v1 with reason WITHDRAWN (another topic: whichever arrives first counts, the other changes
-- nothing). Every version up to it is withdrawn; fact_submission shows WITHDRAWN while it holds such a version.
create table submission_withdrawal (
    submission_id  uuid         primary key,
    version        integer      not null,
    withdrawn_at   timestamptz,
    withdrawn_by   varchar(200)
);

alter table fact_submission drop constraint fact_submission_review_status_check;
alter table fact_submission add constraint fact_submission_review_status_check
    check (review_status in ('PENDING', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
