-- Read model of report-service: the start of a star schema, built only from events (docs/architecture.md §2, §3).
-- Dimensions are keyed by their natural codes; facts keep the latest state of each aggregate.

-- 行政区划 (GB/T 2260): the hierarchy is the code prefix, province 2 digits, city 4, county 6.
create table dim_region (
    region_code    varchar(6)  primary key,
    level          varchar(10) not null check (level in ('PROVINCE', 'CITY', 'COUNTY')),
    province_code  varchar(2)  not null,
    city_code      varchar(4)
);

-- One row per submission, holding its latest version only: a later version replaces an earlier one,
-- an older version arriving late never overwrites a newer one. Money in 万元, scale 6.
create table fact_submission (
    submission_id     uuid          primary key,
    version           integer       not null,
    fiscal_year       integer       not null,
    region_code       varchar(6)    not null references dim_region (region_code),
    department_code   varchar(40)   not null,
    department_name   varchar(300),
    status            varchar(40)   not null,
    project_count     integer       not null,
    budget_total      numeric(18,6) not null,
    finding_errors    integer       not null,
    finding_warnings  integer       not null,
    submitted_at      timestamptz
);
create index fact_submission_year_region on fact_submission (fiscal_year, region_code varchar_pattern_ops);
create index fact_submission_region on fact_submission (region_code varchar_pattern_ops);

-- Review cases as opened by review-service; region and year are kept so every query can be region-scoped.
create table fact_review_case (
    case_id             uuid        primary key,
    submission_id       uuid        not null,
    submission_version  integer,
    fiscal_year         integer,
    region_code         varchar(6),
    stage               varchar(40) not null,
    status              varchar(40) not null,
    opened_at           timestamptz
);
create index fact_review_case_submission on fact_review_case (submission_id);

-- Published indicator framework versions (code 2021, ...).
create table dim_framework (
    code          varchar(40)  primary key,
    name          varchar(200) not null,
    published_at  timestamptz
);

-- How far each topic partition has been projected: every answer can say up to which event it includes.
create table projection_position (
    topic            varchar(200) not null,
    partition        integer      not null,
    last_offset      bigint       not null,
    last_event_time  timestamptz,
    primary key (topic, partition)
);
