-- Users, their roles and their scope, and personal access tokens for the API.
create table app_user (
    id              bigserial primary key,
    username        varchar(64)  not null unique,
    password_hash   varchar(255) not null,
    display_name    varchar(200) not null,
    email           varchar(254),
    role            varchar(32)  not null check (role in ('ADMIN','STAFF','REGION_PARTNER','ENTERPRISE','RESEARCHER','REVIEWER','AUDITOR')),
    region_code     varchar(6),
    organization_id bigint,
    enabled         boolean      not null default true,
    demo            boolean      not null default false,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    constraint region_partner_has_region check (role <> 'REGION_PARTNER' or region_code is not null)
);

create table api_token (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   varchar(64)     not null unique,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);

-- Spring Modulith's event publication registry (JDBC), owned by the platform.
create table event_publication (
    id                     uuid primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

grant usage on schema public to ${app-role};
grant select, insert, update, delete on app_user, api_token, event_publication to ${app-role};
grant usage, select on all sequences in schema public to ${app-role};
