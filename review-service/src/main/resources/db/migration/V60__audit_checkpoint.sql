-- Checkpoints of the whole audit log (AuditCheckpoint): each one records the heads of the cases whose log grew since
-- the previous one and a digest chained to it; the digest is published on budget.reviews and kept by report-service,
-- so a rewritten audit table no longer matches what was published. Append-only like the log.
create table audit_checkpoint (
    seq              bigint       primary key,
    at               timestamptz  not null,
    previous_digest  varchar(64)  not null,
    digest           varchar(64)  not null,
    heads            integer      not null
);

create table audit_checkpoint_head (
    checkpoint_seq  bigint       not null references audit_checkpoint (seq),
    case_id         uuid         not null,
    head_seq        integer      not null,
    head_hash       varchar(64)  not null,
    primary key (checkpoint_seq, case_id)
);
create index audit_checkpoint_head_case on audit_checkpoint_head (case_id, head_seq);

create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_entry_refuse_change();
create trigger audit_checkpoint_head_append_only before update or delete on audit_checkpoint_head
    for each row execute function audit_entry_refuse_change();
