-- What the published 部门预算绩效目标 documents contain beyond names, budgets and indicator names (issue 13,
-- disclosure): filled by the projector from the submitted event's document, replaced with the version held like the
-- other facts (a later version replaces them, a late older one changes nothing), emptied and replayed by a rebuild.
-- Rows written before this migration have none of it (null / no rows) until a rebuild replays their events.

-- 项目: 资金用途 (the purpose text under 预算规模及资金用途) and 资金支出计划（%）, the cumulative share spent by the end of
-- March, June, October and December (null when the document has no plan or leaves a month out).
alter table fact_project
    add column purpose   text,
    add column plan_mar  numeric(9,4),
    add column plan_jun  numeric(9,4),
    add column plan_oct  numeric(9,4),
    add column plan_dec  numeric(9,4);

-- 三级指标: 绩效指标描述, the 指标值 as the document writes it (one text, or 符号/值/单位 joined), 指标值确定依据 and
-- 评（扣）分标准 where the form has that column.
alter table fact_indicator
    add column description    text,
    add column value_written  text,
    add column basis          text,
    add column scoring        text;

-- 绩效目标: the goal lines of each project table, in document order.
create table fact_project_goal (
    submission_id  uuid     not null references fact_submission (submission_id) on delete cascade,
    version        integer  not null,
    project_no     integer  not null,
    goal_no        integer  not null,
    goal           text     not null,
    primary key (submission_id, project_no, goal_no)
);

-- 部门整体绩效目标: 总体绩效目标 and 工作保障措施 (one row per submission that has either or any goal or indicator).
create table fact_department_target (
    submission_id  uuid     primary key references fact_submission (submission_id) on delete cascade,
    version        integer  not null,
    overall_goal   text,
    safeguards     text
);

-- 分项绩效目标 of the department, in document order.
create table fact_department_goal (
    submission_id  uuid     not null references fact_submission (submission_id) on delete cascade,
    version        integer  not null,
    goal_no        integer  not null,
    goal           text     not null,
    primary key (submission_id, goal_no)
);

-- 部门整体绩效指标: the department-wide 一级/二级/三级 grid.
create table fact_department_indicator (
    submission_id  uuid          not null references fact_submission (submission_id) on delete cascade,
    version        integer       not null,
    indicator_no   integer       not null,
    level1         varchar(100),
    level2         varchar(100),
    name           varchar(500),
    description    text,
    value_written  text,
    basis          text,
    scoring        text,
    primary key (submission_id, indicator_no)
);
