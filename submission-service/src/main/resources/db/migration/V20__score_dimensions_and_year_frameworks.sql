-- The machine review's score explained: the four 财预〔2015〕88号 dimensions (完整性, 相关性, 适当性, 可行性) and the
-- score of each project with its weight. Null for versions reviewed before they existed.
alter table submission_version
    add column dimension_scores jsonb,
    add column project_scores   jsonb;

-- Which framework version each fiscal year follows, kept from budget.catalog fiscal-year-framework.assigned.v1.
create table fiscal_year_framework_copy (
    fiscal_year      integer      primary key,
    framework_code   varchar(40)  not null,
    assigned_at      timestamptz  not null,
    source_event_id  varchar(200) not null
);
