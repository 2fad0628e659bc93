-- A submission is one department's performance targets of one fiscal year in one region.
-- Every accepted post is a new version; older versions stay readable.
create table submission (
    id               uuid         primary key,
    fiscal_year      integer      not null,
    region_code      varchar(12)  not null,
    department_code  varchar(40)  not null,
    department_name  varchar(200) not null,
    status           varchar(20)  not null,
    current_version  integer      not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    unique (fiscal_year, region_code, department_code)
);
create index submission_region on submission (region_code varchar_pattern_ops);

create table submission_version (
    submission_id    uuid         not null references submission (id),
    version          integer      not null,
    document         jsonb        not null,
    received_at      timestamptz  not null,
    received_by      varchar(100) not null,
    primary key (submission_id, version)
);

-- Local copy of the catalog's framework versions, built from budget.catalog events (docs/architecture.md §2).
create table framework_copy (
    code             varchar(40)  primary key,
    name             varchar(200) not null,
    levels           jsonb        not null,
    published_at     timestamptz  not null,
    source_event_id  varchar(200) not null
);
