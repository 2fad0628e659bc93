-- The standard 三级 indicator library (指标库). Seeded from the published tables in seeds/ (IndicatorLibrarySeeding),
-- one row per (二级, name); other spellings met in the seeds are aliases. Retired templates stay for history.
create table indicator_template (
    id              uuid          primary key,
    name            varchar(200)  not null,
    aliases         jsonb         not null default '[]',
    level1          varchar(50)   not null,
    level2          varchar(50)   not null,
    value_kind      varchar(20)   not null check (value_kind in ('quantitative', 'qualitative', 'deadline')),
    unit            varchar(20),
    direction       varchar(10)   check (direction in ('positive', 'negative')),
    typical_values  jsonb         not null default '[]',
    policy_area     jsonb         not null default '[]',
    seed_rows       integer       not null default 0,
    source          varchar(200)  not null,
    status          varchar(10)   not null default 'ACTIVE' check (status in ('ACTIVE', 'RETIRED')),
    created_at      timestamptz   not null,
    constraint indicator_template_level2_name_key unique (level2, name)
);
-- Keyword search is ILIKE on name and aliases for now; pg_trgm similarity indexes come with fuzzy search.
create index indicator_template_level2_idx on indicator_template (level2);
