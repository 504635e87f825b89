-- Technology demands (技术需求): problems posted by enterprises, region partners, the office and the public.
create table demand (
    id                bigserial     primary key,
    title             varchar(200)  not null,
    text              text          not null check (length(text) <= 10000),
    industry_code     varchar(8),
    region_code       varchar(6)    not null,
    budget            numeric(17,2) check (budget >= 0),
    deadline          date,
    contact_name      varchar(100)  not null,
    contact_phone     varchar(40),
    contact_email     varchar(254),
    source            varchar(16)   not null check (source in ('ENTERPRISE','REGION_PARTNER','STAFF','PUBLIC')),
    organization_id   bigint,
    owner_id          bigint,
    status            varchar(16)   not null check (status in ('SUBMITTED','OPEN','MATCHED','CLOSED','EXPIRED')),
    status_reason     varchar(1000),
    status_changed_at timestamptz,
    demo              boolean       not null default false,
    created_at        timestamptz   not null default now(),
    version           bigint        not null default 0
);
create index demand_region on demand (region_code);
create index demand_organization on demand (organization_id);
create index demand_owner on demand (owner_id);
create index demand_status_deadline on demand (status, deadline);

grant select, insert, update, delete on demand to ${app-role};
grant usage, select on all sequences in schema public to ${app-role};
