-- Star schema, second step: facts per project, per indicator and per machine-review finding, plus the
-- review outcome of each submission. Child facts always belong to the version held in fact_submission:
-- a newer version replaces them all, an older version arriving late changes nothing.

alter table fact_submission
    add column budget_fiscal      numeric(18,6) not null default 0,
    add column budget_other       numeric(18,6) not null default 0,
    add column indicator_count    integer       not null default 0,
    add column quantitative_count integer       not null default 0,
    add column finding_infos      integer       not null default 0,
    add column quality_score      numeric(5,2),
    add column suggested_grade    varchar(4),
    add column rule_set_version   varchar(40),
    -- review outcome of the version held here (from budget.reviews)
    add column review_status      varchar(20)   not null default 'PENDING'
        check (review_status in ('PENDING', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'REJECTED')),
    add column review_stage       varchar(40),
    add column approved_stage     varchar(40),
    add column final_approved     boolean       not null default false,
    add column grade              varchar(4);

create index fact_submission_year on fact_submission (fiscal_year);

-- 预算项目: one row per project of the submission's current version; project_no is its position.
create table fact_project (
    submission_id      uuid          not null references fact_submission (submission_id) on delete cascade,
    version            integer       not null,
    project_no         integer       not null,
    project_code       varchar(100),
    project_name       varchar(500),
    classified         boolean       not null default false,
    budget_total       numeric(18,6) not null,
    budget_fiscal      numeric(18,6) not null,
    budget_other       numeric(18,6) not null,
    indicator_count    integer       not null,
    quantitative_count integer       not null,
    primary key (submission_id, project_no)
);

-- 三级指标: one row per indicator of a project.
create table fact_indicator (
    submission_id  uuid         not null references fact_submission (submission_id) on delete cascade,
    version        integer      not null,
    project_no     integer      not null,
    indicator_no   integer      not null,
    project_code   varchar(100),
    level1         varchar(100),
    level2         varchar(100),
    name           varchar(500),
    value_kind     varchar(20),
    value_raw      varchar(500),
    unit           varchar(50),
    primary key (submission_id, project_no, indicator_no)
);
create index fact_indicator_level on fact_indicator (level1, level2);

-- 机审 findings of the current version.
create table fact_finding (
    submission_id  uuid         not null references fact_submission (submission_id) on delete cascade,
    version        integer      not null,
    finding_no     integer      not null,
    rule_code      varchar(100) not null,
    severity       varchar(10)  not null,
    primary key (submission_id, finding_no)
);
create index fact_finding_rule on fact_finding (rule_code);

-- Latest review outcome per submission as told by budget.reviews, kept apart so that review events arriving
-- before the submission event (another topic) are not lost; copied onto fact_submission when versions match.
create table review_state (
    submission_id       uuid        primary key,
    submission_version  integer     not null,
    review_status       varchar(20) not null,
    review_stage        varchar(40),
    approved_stage      varchar(40),
    final_approved      boolean     not null default false,
    grade               varchar(4),
    decided_at          timestamptz
);
