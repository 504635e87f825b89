-- The audit trail: an append-only, hash-chained log of every change of an @Audited entity.
-- seq is gap-free and assigned under an advisory lock; hash = SHA-256 over the entry's canonical form,
-- which includes prev_hash (the previous entry's hash, 64 zeros for the first entry).
create table audit_entry (
    seq         bigint       primary key,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entity_type varchar(100) not null,
    entity_id   varchar(200) not null,
    before_json text,
    after_json  text,
    prev_hash   varchar(64)  not null,
    hash        varchar(64)  not null
);
create index audit_entry_entity on audit_entry (entity_type, entity_id);
create index audit_entry_actor on audit_entry (actor);
create index audit_entry_occurred_at on audit_entry (occurred_at);

-- The application may read and append, never rewrite: no update, delete or truncate.
revoke all on audit_entry from ${app-role};
grant select, insert on audit_entry to ${app-role};
