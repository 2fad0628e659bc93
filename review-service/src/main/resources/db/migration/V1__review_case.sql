-- Review cases (审核案件): one per submitted version of a submission, opened from budget.submission.submitted.v1.
-- The submission's identity is kept as its own copy; review-service never reads submission-service's tables.
create table review_case (
    id                  uuid         primary key,
    submission_id       uuid         not null,
    submission_version  integer      not null check (submission_version > 0),
    fiscal_year         integer      not null,
    region_code         varchar(12)  not null,
    department_code     varchar(40)  not null,
    department_name     varchar(200) not null,
    stage               varchar(40)  not null,
    status              varchar(20)  not null,
    opened_at           timestamptz  not null,
    constraint review_case_submission_version unique (submission_id, submission_version)
);

-- Every list is scoped to the caller's region prefix (region_code like '1306%').
create index review_case_region on review_case (region_code varchar_pattern_ops);
