-- Fault tolerance of the platform (issue 12): parked outbox rows and idempotency reservations.

-- A row that the broker refuses for its own sake (too large, invalid topic, ...) is parked after
-- platform.outbox.max-attempts tries; later rows with the same key wait behind it (per-aggregate order),
-- other keys go on. An administrator retries it (parked_at cleared) or skips it (skipped_at set).
alter table outbox_event
    add column parked_at  timestamptz,
    add column skipped_at timestamptz;
drop index outbox_event_pending;
create index outbox_event_pending on outbox_event (position) where published_at is null and skipped_at is null;

-- One reservation per caller and Idempotency-Key, written in the transaction of the request that creates
-- something, with the answer that request got: a retry (or a concurrent twin, which waits on the primary
-- key until the first commits) gets the same answer and creates nothing.
create table idempotency_reservation (
    caller          varchar(100)  not null,
    idempotency_key varchar(200)  not null,
    request_hash    varchar(64)   not null,
    operation       varchar(300)  not null,
    status          integer       not null,
    location        varchar(1000),
    etag            varchar(200),
    body            text,
    created_at      timestamptz   not null,
    primary key (caller, idempotency_key)
);
