-- Partner organizations, their contacts, framework agreements with their status history, documents and reminders.
create table partner_organization (
    id           bigserial    primary key,
    name_zh      varchar(200) not null,
    name_en      varchar(200),
    type         varchar(32)  not null check (type in ('GOVERNMENT_BODY','ENTERPRISE','UNIVERSITY_INSTITUTE',
                                                       'INDUSTRIAL_PARK','INVESTOR','HOSPITAL','OTHER')),
    region_code  varchar(6)   not null,
    credit_code  varchar(18)  unique,
    address      varchar(300),
    website      varchar(300),
    description  text,
    demo         boolean      not null default false,
    created_at   timestamptz  not null default now(),
    version      bigint       not null default 0
);
create index partner_organization_region on partner_organization (region_code);

create table partner_contact (
    id              bigserial    primary key,
    organization_id bigint       not null references partner_organization (id) on delete cascade,
    name            varchar(100) not null,
    title           varchar(100),
    phone           varchar(40),
    email           varchar(254),
    version         bigint       not null default 0
);
create index partner_contact_organization on partner_contact (organization_id);

create table agreement (
    id                      bigserial     primary key,
    title                   varchar(300)  not null,
    region_code             varchar(6)    not null,
    counterpart_region_code varchar(6),
    organization_id         bigint        references partner_organization (id),
    signing_date            date,
    start_date              date,
    end_date                date,
    areas                   varchar(200)  not null,
    resources               text,
    resources_amount        numeric(17,2) check (resources_amount >= 0),
    notes                   text,
    status                  varchar(16)   not null check (status in ('DRAFT','SIGNED','IN_FORCE','EXPIRING','EXPIRED','RENEWED','TERMINATED')),
    status_reason           varchar(1000),
    status_changed_at       timestamptz,
    predecessor_id          bigint        references agreement (id),
    successor_id            bigint        references agreement (id),
    demo                    boolean       not null default false,
    created_at              timestamptz   not null default now(),
    version                 bigint        not null default 0,
    constraint agreement_counterpart check (counterpart_region_code is not null or organization_id is not null),
    constraint agreement_term check (start_date is null or end_date is null or end_date > start_date)
);
create index agreement_region on agreement (region_code);
create index agreement_organization on agreement (organization_id);
create index agreement_status_end on agreement (status, end_date);

create table agreement_status_change (
    id           bigserial    primary key,
    agreement_id bigint       not null references agreement (id) on delete cascade,
    from_status  varchar(16),
    to_status    varchar(16)  not null,
    reason       varchar(1000),
    changed_at   timestamptz  not null,
    changed_by   varchar(64)  not null
);
create index agreement_status_change_agreement on agreement_status_change (agreement_id);

create table agreement_document (
    id           bigserial    primary key,
    agreement_id bigint       not null references agreement (id) on delete cascade,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null default now(),
    uploaded_by  varchar(64)  not null
);
create index agreement_document_agreement on agreement_document (agreement_id);

create table agreement_reminder (
    id           bigserial   primary key,
    agreement_id bigint      not null references agreement (id) on delete cascade,
    kind         varchar(32) not null,
    created_at   timestamptz not null default now(),
    mailed_at    timestamptz,
    mailed_to    text,
    constraint agreement_reminder_once unique (agreement_id, kind)
);

grant select, insert, update, delete on partner_organization, partner_contact, agreement,
    agreement_status_change, agreement_document, agreement_reminder to ${app-role};
grant usage, select on all sequences in schema public to ${app-role};
