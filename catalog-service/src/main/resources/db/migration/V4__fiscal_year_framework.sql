-- Which framework version a fiscal year uses (预算年度 → 指标框架版本). Re-assigning replaces the row.
create table fiscal_year_framework (
    fiscal_year     integer      primary key check (fiscal_year between 2000 and 2100),
    framework_code  varchar(40)  not null references framework_version (code),
    assigned_at     timestamptz  not null,
    assigned_by     varchar(100) not null
);
