-- The test application's one table: a running total per key, changed by events and by an idempotent POST.
create table tally (
    tally_key varchar(100) primary key,
    total     integer      not null default 0,
    applied   integer      not null default 0
);
