-- Machine pre-review results, stored with the version they judge.
alter table submission_version
    add column findings         jsonb       not null default '[]',
    add column quality_score    integer     not null default 100,
    add column suggested_grade  varchar(4)  not null default '优',
    add column rule_set_version varchar(60) not null default 'built-in-1';

-- A retried POST with the same Idempotency-Key returns the first answer and creates nothing new:
-- the key is remembered in the transaction that stores the version it created.
create table idempotent_request (
    caller          varchar(100) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    submission_id   uuid         not null references submission (id),
    version         integer      not null,
    created_at      timestamptz  not null,
    primary key (caller, idempotency_key)
);

-- Review outcomes as the county reads them, built from budget.reviews events.
create table review_note (
    id              bigserial    primary key,
    submission_id   uuid         not null references submission (id),
    version         integer      not null,
    status          varchar(20)  not null,
    stage           varchar(40),
    grade           varchar(4),
    comments        jsonb        not null default '[]',
    decided_by      varchar(100),
    decided_at      timestamptz  not null,
    source_event_id varchar(200) not null unique
);
create index review_note_submission on review_note (submission_id, decided_at);

-- The catalog's machine-review rule sets, kept locally from budget.catalog (built-in defaults until one arrives).
create table rule_set_copy (
    version         varchar(60)  primary key,
    fiscal_year     integer      not null,
    content         jsonb        not null,
    published_at    timestamptz  not null,
    source_event_id varchar(200) not null
);
create index rule_set_copy_year on rule_set_copy (fiscal_year, published_at desc);
