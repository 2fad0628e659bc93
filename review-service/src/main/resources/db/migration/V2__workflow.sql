-- The review workflow as data (issue 5): ordered stages, the bureau level that acts at each, and the rules
-- that decide which submissions need a stage beyond their first one.
create table workflow_stage (
    code                   varchar(40)  primary key,
    ordinal                integer      not null unique,
    name_zh                varchar(100) not null,
    reviewer_region_level  varchar(10)  not null check (reviewer_region_level in ('COUNTY', 'CITY', 'PROVINCE'))
);

insert into workflow_stage (code, ordinal, name_zh, reviewer_region_level) values
    ('COUNTY_FINANCE', 1, '县级财政', 'COUNTY'),
    ('CITY_FINANCE',   2, '市级财政', 'CITY'),
    -- first (and only) stage of provincial departments' own submissions; no rule sends county submissions there
    ('PROVINCE_FINANCE', 3, '省级财政', 'PROVINCE');

-- A stage after the first is required when one of its rules matches:
--   TEXT_MATCHES        parameter = a regular expression searched in each project's text (name, purpose, goals, …)
--   BUDGET_TOTAL_ABOVE  parameter = a threshold in 万元; matches when the submission's budget total exceeds it
--   ALWAYS              the stage is always required
create table stage_rule (
    id           bigserial    primary key,
    stage_code   varchar(40)  not null references workflow_stage (code),
    condition    varchar(30)  not null check (condition in ('TEXT_MATCHES', 'BUDGET_TOTAL_ABOVE', 'ALWAYS')),
    parameter    varchar(500),
    description  varchar(300) not null
);

insert into stage_rule (stage_code, condition, parameter, description) values
    ('CITY_FINANCE', 'TEXT_MATCHES', '[\u4e00-\u9fa5]{1,4}财[\u4e00-\u9fa5]{0,4}[【〔\[(（]\s*\d{4}\s*[】〕\])）]\s*\d+\s*号',
     '上级转移支付项目：引用市级或省级财政文号（如 保财社【2025】35号、冀财社〔2024〕12号）'),
    ('CITY_FINANCE', 'BUDGET_TOTAL_ABOVE', '5000', '预算总额超过 5000 万元');

-- Case state for the workflow.
alter table review_case
    add column stages            varchar(200) not null default 'COUNTY_FINANCE',
    add column assignee          varchar(100),
    add column due_at            timestamptz,
    add column stage_entered_at  timestamptz,
    add column previous_case_id  uuid references review_case (id),
    add column grade             varchar(4),
    add column suggested_grade   varchar(4),
    add column quality_score     numeric(7, 2),
    add column has_errors        boolean      not null default false,
    add column document          jsonb,
    add column findings          jsonb,
    add column decided_by        varchar(100),
    add column decided_at        timestamptz,
    add column last_action_at    timestamptz,
    add column version           bigint       not null default 0;

create index review_case_submission on review_case (submission_id, submission_version);

-- Anchored comments: path is a JSON pointer into the submitted document ('' = the whole submission).
create table review_comment (
    id          uuid         primary key,
    case_id     uuid         not null references review_case (id),
    stage       varchar(40)  not null,
    path        varchar(200) not null,
    text        varchar(2000) not null,
    reason      varchar(20),
    author      varchar(100) not null,
    created_at  timestamptz  not null
);
create index review_comment_case on review_comment (case_id, created_at);

-- Append-only audit log, chained by hash per case.
create table audit_entry (
    id             bigserial    primary key,
    case_id        uuid         not null references review_case (id),
    seq            integer      not null,
    at             timestamptz  not null,
    actor          varchar(100) not null,
    action         varchar(40)  not null,
    from_version   bigint       not null,
    detail         jsonb        not null,
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null,
    constraint audit_entry_case_seq unique (case_id, seq)
);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only (% refused)', tg_op;
end;
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
