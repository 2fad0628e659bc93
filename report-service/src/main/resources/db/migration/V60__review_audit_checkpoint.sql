-- The review audit log's checkpoints (budget.review.audit-checkpoint.v1) kept outside the review database: a digest
-- once received is never replaced. A checkpoint published again with another digest, or one that does not chain to
-- the digest kept before it, is flagged: the review log was rewritten. Not part of the read model (a rebuild keeps it).
create table review_audit_checkpoint (
    seq                 bigint       primary key,
    at                  timestamptz  not null,
    previous_digest     varchar(64)  not null,
    digest              varchar(64)  not null,
    heads               integer      not null,
    received_at         timestamptz  not null default now(),
    chain_broken        boolean      not null default false,
    conflicting_digest  varchar(64)
);
