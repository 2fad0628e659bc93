-- The change feed of county systems (GET /api/v1/submissions/changes): one row per thing that happened to a
-- submission (new version with its machine findings, submitted, withdrawn, each review event with its comments),
-- written in the transaction of the change. seq is taken under a transaction-level advisory lock, so rows become
-- visible in seq order and a reader resuming after seq N never misses a row committed later with a smaller seq.
create sequence submission_change_seq;

create table submission_change (
    seq           bigint       primary key,
    event_id      uuid         not null unique,
    submission_id uuid         not null references submission (id),
    region_code   varchar(6)   not null,
    type          varchar(60)  not null,
    occurred_at   timestamptz  not null,
    body          jsonb        not null
);
create index submission_change_region on submission_change (region_code text_pattern_ops, seq);

-- Webhooks a county system registers for its region; every change of the region is delivered to each active one.
create table webhook_subscription (
    id            uuid          primary key,
    region_prefix varchar(6)    not null,
    url           varchar(2000) not null,
    secret        varchar(200)  not null,
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null,
    active        boolean       not null default true
);
create index webhook_subscription_region on webhook_subscription (region_prefix) where active;

-- The delivery log: one row per (webhook, event id), so an event is delivered to a webhook once, retried with
-- backoff until the endpoint answers 2xx or the attempts are spent.
create table webhook_delivery (
    id              bigserial    primary key,
    subscription_id uuid         not null references webhook_subscription (id) on delete cascade,
    change_seq      bigint       not null references submission_change (seq),
    event_id        uuid         not null,
    status          varchar(20)  not null,
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      varchar(500),
    delivered_at    timestamptz,
    unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
