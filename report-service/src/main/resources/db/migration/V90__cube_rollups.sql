-- Cube rollups (issue 14): the facts of one grain grouped by every submission dimension but the department, plus
-- none or a few lower dimensions, keeping additive sums only (counts, sums, and the numerator and denominator of
-- each ratio or mean). The projector keeps them in the transaction that changes the facts (repository/CubeRollups:
-- withdraw a submission's old contribution, add its new one, drop rows left empty); the planner
-- (domain/cube/Rollup) answers each cube query from the coarsest rollup that can. Distinct counts (submissions,
-- projects of indicators) are kept per row: they add up only when the query holds every lower dimension to one
-- value per cell, which the planner checks. Grouping columns may be null (no grade yet): the unique keys treat
-- nulls as equal (PostgreSQL 15+). Each table is filled here from the facts already held.

create table cube_rollup_submission (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    n_rows           bigint not null,
    projects         bigint not null,
    budget_total     numeric not null,
    budget_fiscal    numeric not null,
    budget_other     numeric not null,
    indicators       bigint not null,
    quantitative     bigint not null,
    findings_error   bigint not null,
    findings_warning bigint not null,
    findings_info    bigint not null,
    score_sum        numeric not null,
    score_count      bigint not null
);
create unique index cube_rollup_submission_key on cube_rollup_submission (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved) nulls not distinct;
create index cube_rollup_submission_empty on cube_rollup_submission (n_rows) where n_rows = 0;
insert into cube_rollup_submission (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, n_rows,
    projects, budget_total, budget_fiscal, budget_other, indicators, quantitative, findings_error,
    findings_warning, findings_info, score_sum, score_count)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    count(*), sum(s.project_count), sum(s.budget_total), sum(s.budget_fiscal), sum(s.budget_other),
    sum(s.indicator_count), sum(s.quantitative_count), sum(s.finding_errors), sum(s.finding_warnings),
    sum(s.finding_infos), coalesce(sum(s.quality_score), 0.00), count(s.quality_score)
from fact_submission s
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved;

create table cube_rollup_project_total (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    n_rows           bigint not null,
    submissions      bigint not null,
    budget_total     numeric not null,
    budget_fiscal    numeric not null,
    budget_other     numeric not null,
    indicators       bigint not null,
    quantitative     bigint not null
);
create unique index cube_rollup_project_total_key on cube_rollup_project_total (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved) nulls not distinct;
create index cube_rollup_project_total_empty on cube_rollup_project_total (n_rows) where n_rows = 0;
insert into cube_rollup_project_total (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, n_rows,
    submissions, budget_total, budget_fiscal, budget_other, indicators, quantitative)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    count(*), count(distinct s.submission_id), sum(p.budget_total), sum(p.budget_fiscal), sum(p.budget_other),
    sum(p.indicator_count), sum(p.quantitative_count)
from fact_project p join fact_submission s on s.submission_id = p.submission_id
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved;

create table cube_rollup_project (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    classified       boolean,
    n_rows           bigint not null,
    submissions      bigint not null,
    budget_total     numeric not null,
    budget_fiscal    numeric not null,
    budget_other     numeric not null,
    indicators       bigint not null,
    quantitative     bigint not null
);
create unique index cube_rollup_project_key on cube_rollup_project (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, classified) nulls not distinct;
create index cube_rollup_project_empty on cube_rollup_project (n_rows) where n_rows = 0;
insert into cube_rollup_project (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, classified,
    n_rows, submissions, budget_total, budget_fiscal, budget_other, indicators, quantitative)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    p.classified, count(*), count(distinct s.submission_id), sum(p.budget_total), sum(p.budget_fiscal),
    sum(p.budget_other), sum(p.indicator_count), sum(p.quantitative_count)
from fact_project p join fact_submission s on s.submission_id = p.submission_id
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    p.classified;

create table cube_rollup_indicator_total (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    n_rows           bigint not null,
    submissions      bigint not null,
    projects         bigint not null,
    quantitative     bigint not null
);
create unique index cube_rollup_indicator_total_key on cube_rollup_indicator_total (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved) nulls not distinct;
create index cube_rollup_indicator_total_empty on cube_rollup_indicator_total (n_rows) where n_rows = 0;
insert into cube_rollup_indicator_total (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, n_rows,
    submissions, projects, quantitative)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    count(*), count(distinct s.submission_id), count(distinct (i.submission_id, i.project_no)),
    count(*) filter (where i.value_kind = 'QUANTITATIVE')
from fact_indicator i join fact_submission s on s.submission_id = i.submission_id
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved;

create table cube_rollup_indicator_level1 (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    level1           varchar(100),
    n_rows           bigint not null,
    submissions      bigint not null,
    projects         bigint not null,
    quantitative     bigint not null
);
create unique index cube_rollup_indicator_level1_key on cube_rollup_indicator_level1 (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, level1) nulls not distinct;
create index cube_rollup_indicator_level1_empty on cube_rollup_indicator_level1 (n_rows) where n_rows = 0;
insert into cube_rollup_indicator_level1 (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, level1,
    n_rows, submissions, projects, quantitative)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    i.level1, count(*), count(distinct s.submission_id), count(distinct (i.submission_id, i.project_no)),
    count(*) filter (where i.value_kind = 'QUANTITATIVE')
from fact_indicator i join fact_submission s on s.submission_id = i.submission_id
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    i.level1;

create table cube_rollup_indicator_levels (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    level1           varchar(100),
    level2           varchar(100),
    n_rows           bigint not null,
    submissions      bigint not null,
    projects         bigint not null,
    quantitative     bigint not null
);
create unique index cube_rollup_indicator_levels_key on cube_rollup_indicator_levels (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, level1, level2) nulls not distinct;
create index cube_rollup_indicator_levels_empty on cube_rollup_indicator_levels (n_rows) where n_rows = 0;
insert into cube_rollup_indicator_levels (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, level1,
    level2, n_rows, submissions, projects, quantitative)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    i.level1, i.level2, count(*), count(distinct s.submission_id), count(distinct (i.submission_id, i.project_no)),
    count(*) filter (where i.value_kind = 'QUANTITATIVE')
from fact_indicator i join fact_submission s on s.submission_id = i.submission_id
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    i.level1, i.level2;

create table cube_rollup_indicator (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    classified       boolean,
    level1           varchar(100),
    level2           varchar(100),
    value_kind       varchar(20),
    n_rows           bigint not null,
    submissions      bigint not null,
    projects         bigint not null,
    quantitative     bigint not null
);
create unique index cube_rollup_indicator_key on cube_rollup_indicator (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, classified,
    level1, level2, value_kind) nulls not distinct;
create index cube_rollup_indicator_empty on cube_rollup_indicator (n_rows) where n_rows = 0;
insert into cube_rollup_indicator (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, classified,
    level1, level2, value_kind, n_rows, submissions, projects, quantitative)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    p.classified, i.level1, i.level2, i.value_kind, count(*), count(distinct s.submission_id),
    count(distinct (i.submission_id, i.project_no)), count(*) filter (where i.value_kind = 'QUANTITATIVE')
from fact_indicator i join fact_submission s on s.submission_id = i.submission_id
    join fact_project p on p.submission_id = i.submission_id and p.project_no = i.project_no
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    p.classified, i.level1, i.level2, i.value_kind;

create table cube_rollup_finding_total (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    n_rows           bigint not null,
    submissions      bigint not null,
    findings_error   bigint not null,
    findings_warning bigint not null,
    findings_info    bigint not null
);
create unique index cube_rollup_finding_total_key on cube_rollup_finding_total (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved) nulls not distinct;
create index cube_rollup_finding_total_empty on cube_rollup_finding_total (n_rows) where n_rows = 0;
insert into cube_rollup_finding_total (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, n_rows,
    submissions, findings_error, findings_warning, findings_info)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    count(*), count(distinct s.submission_id), count(*) filter (where f.severity = 'ERROR'),
    count(*) filter (where f.severity = 'WARNING'), count(*) filter (where f.severity = 'INFO')
from fact_finding f join fact_submission s on s.submission_id = f.submission_id
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved;

create table cube_rollup_finding_rule (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    rule_code        varchar(100),
    n_rows           bigint not null,
    submissions      bigint not null,
    findings_error   bigint not null,
    findings_warning bigint not null,
    findings_info    bigint not null
);
create unique index cube_rollup_finding_rule_key on cube_rollup_finding_rule (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, rule_code) nulls not distinct;
create index cube_rollup_finding_rule_empty on cube_rollup_finding_rule (n_rows) where n_rows = 0;
insert into cube_rollup_finding_rule (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, rule_code,
    n_rows, submissions, findings_error, findings_warning, findings_info)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    f.rule_code, count(*), count(distinct s.submission_id), count(*) filter (where f.severity = 'ERROR'),
    count(*) filter (where f.severity = 'WARNING'), count(*) filter (where f.severity = 'INFO')
from fact_finding f join fact_submission s on s.submission_id = f.submission_id
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    f.rule_code;

create table cube_rollup_finding (
    region_code      varchar(6)  not null,
    fiscal_year      integer     not null,
    review_status    varchar(20) not null,
    grade            varchar(4),
    suggested_grade  varchar(4),
    approved_stage   varchar(40),
    final_approved   boolean     not null,
    rule_code        varchar(100),
    severity         varchar(10),
    n_rows           bigint not null,
    submissions      bigint not null,
    findings_error   bigint not null,
    findings_warning bigint not null,
    findings_info    bigint not null
);
create unique index cube_rollup_finding_key on cube_rollup_finding (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, rule_code,
    severity) nulls not distinct;
create index cube_rollup_finding_empty on cube_rollup_finding (n_rows) where n_rows = 0;
insert into cube_rollup_finding (
    region_code, fiscal_year, review_status, grade, suggested_grade, approved_stage, final_approved, rule_code,
    severity, n_rows, submissions, findings_error, findings_warning, findings_info)
select
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    f.rule_code, f.severity, count(*), count(distinct s.submission_id),
    count(*) filter (where f.severity = 'ERROR'), count(*) filter (where f.severity = 'WARNING'),
    count(*) filter (where f.severity = 'INFO')
from fact_finding f join fact_submission s on s.submission_id = f.submission_id
group by
    s.region_code, s.fiscal_year, s.review_status, s.grade, s.suggested_grade, s.approved_stage, s.final_approved,
    f.rule_code, f.severity;
