-- Research results (科技成果): what the university can transfer, with their visibility lifecycle.
-- Lists (keywords, classes, numbers, names, transfer modes) are text arrays: they are read and written whole.
create table research_result (
    id              bigserial     primary key,
    type            varchar(32)   not null check (type in ('PATENT','SOFTWARE_COPYRIGHT','KNOW_HOW','PLANT_VARIETY',
                                                           'INTEGRATED_CIRCUIT_LAYOUT','DESIGN','OTHER')),
    title           varchar(500)  not null,
    abstract_text   text,
    keywords        text[]        not null default '{}',
    discipline      varchar(200),
    ipc_classes     text[]        not null default '{}',
    industries      text[]        not null default '{}',
    trl             integer       check (trl between 1 and 9),
    ip_status       varchar(16)   check (ip_status in ('FILED','GRANTED','NOT_PROTECTED','EXPIRED')),
    ip_numbers      text[]        not null default '{}',
    researchers     text[]        not null default '{}',
    lab             varchar(300),
    department      varchar(300),
    transfer_modes  text[]        not null default '{}',
    asking_terms    text,
    asking_amount   numeric(17,2) check (asking_amount >= 0),
    language        varchar(2)    not null check (language in ('zh','en')),
    owner_id        bigint,
    owner_name      varchar(64)   not null,
    visibility      varchar(16)   not null check (visibility in ('DRAFT','INTERNAL','PUBLISHED','WITHDRAWN')),
    visibility_changed_at timestamptz,
    demo            boolean       not null default false,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    version         bigint        not null default 0
);
create index research_result_owner on research_result (owner_id);
create index research_result_visibility on research_result (visibility);

grant select, insert, update, delete on research_result to ${app-role};
grant usage, select on all sequences in schema public to ${app-role};
