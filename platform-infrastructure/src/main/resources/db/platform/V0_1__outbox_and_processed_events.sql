-- Infrastructure tables every service has in its own database (docs/architecture.md §3).
-- Versioned 0.x so that each service's own migrations (V1, V2, ...) follow them.

-- Transactional outbox: an event is written in the same transaction as the change it describes,
-- then relayed to Kafka by OutboxRelay. Rows are kept after publishing for audit and replay.
create table outbox_event (
    position      bigserial primary key,
    id            uuid        not null unique,
    topic         varchar(200) not null,
    message_key   varchar(200) not null,
    type          varchar(200) not null,
    envelope      text        not null,
    created_at    timestamptz not null,
    published_at  timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);
create index outbox_event_pending on outbox_event (position) where published_at is null;

-- Idempotent consumers: an event id is applied once per consumer.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      varchar(200) not null,
    event_type    varchar(200) not null,
    processed_at  timestamptz  not null,
    primary key (consumer, event_id)
);
