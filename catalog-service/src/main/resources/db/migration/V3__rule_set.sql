-- Machine pre-review (机审) rule sets as versioned data. A DRAFT can be edited; PUBLISHED and RETIRED are immutable.
-- The active rule set of a fiscal year is its one PUBLISHED row: publishing a newer one retires the previous.
create table rule_set (
    version       varchar(40)  primary key,
    fiscal_year   integer      not null check (fiscal_year between 2000 and 2100),
    status        varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    content       jsonb        not null,
    created_at    timestamptz  not null,
    created_by    varchar(100) not null,
    updated_at    timestamptz  not null,
    published_at  timestamptz,
    published_by  varchar(100),
    check ((status = 'DRAFT') = (published_at is null))
);
create unique index rule_set_one_published_per_year on rule_set (fiscal_year) where status = 'PUBLISHED';
create index rule_set_fiscal_year_idx on rule_set (fiscal_year);
