-- Leads (线索): interest expressed in a published research result, followed up by the office.
-- result_id and result_owner_id refer to the result module's records by id (no foreign key across modules);
-- result_title is a snapshot of the title when the interest was expressed.
create table lead (
    id                bigserial     primary key,
    result_id         bigint        not null,
    result_title      varchar(500)  not null,
    result_owner_id   bigint,
    name              varchar(100)  not null,
    organization      varchar(200)  not null,
    email             varchar(254)  not null,
    phone             varchar(40),
    message           text          not null,
    status            varchar(16)   not null check (status in ('NEW','CONTACTED','QUALIFIED','CLOSED')),
    status_changed_at timestamptz,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    version           bigint        not null default 0
);
create index lead_status on lead (status);
create index lead_result_owner on lead (result_owner_id);
create index lead_result on lead (result_id);

grant select, insert, update, delete on lead to ${app-role};
grant usage, select on all sequences in schema public to ${app-role};
