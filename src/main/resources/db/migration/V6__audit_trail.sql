-- The audit trail: append-only; each entry carries the hash of the one before
-- (competency.domain.AuditChain), so an edited, removed or reordered row shows when the chain is
-- verified. audit_head holds the last sequence and hash under a row lock, so two appends at once
-- queue instead of both taking the same place in the chain.

create table audit_entry (
    sequence       bigint       primary key,
    occurred_at    timestamp with time zone not null,
    actor          varchar(200) not null,
    action         varchar(100) not null,
    subject        varchar(500) not null,
    details        text         not null,
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null
);

create table audit_head (
    id             integer      primary key,
    last_sequence  bigint       not null
);
insert into audit_head (id, last_sequence) values (1, 0);
