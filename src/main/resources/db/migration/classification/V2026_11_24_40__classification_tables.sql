-- The classifications shipped in the product: GB/T 4754-2017 industries and IPC 2026.01 with Chinese titles.
-- Reference data: the rows are loaded by the Java migration V2026_11_24_41 (ClassificationDataMigration) from
-- classification/gbt4754-2017.json and classification/ipc-2026.01-zh.jsonl and never changed by the
-- application, which therefore may only read them.
create table industry (
    code        varchar(4)   primary key check (code ~ '^([A-T]|[0-9]{2,4})$'),
    name        varchar(200) not null,
    level       smallint     not null check (level between 1 and 4),
    parent_code varchar(4)   references industry (code),
    constraint industry_parent_iff_below_section check ((level = 1) = (parent_code is null))
);
create index industry_parent on industry (parent_code);

create table ipc_entry (
    code        varchar(20)  primary key check (code ~ '^[A-H]([0-9]{2}([A-Z]([0-9]{1,4}/[0-9]{2,6})?)?)?$'),
    title       text         not null,
    level       varchar(16)  not null check (level in ('SECTION', 'CLASS', 'SUBCLASS', 'MAIN_GROUP', 'SUBGROUP')),
    section     varchar(1)   not null,
    parent_code varchar(20)  references ipc_entry (code),
    constraint ipc_entry_parent_iff_below_section check ((level = 'SECTION') = (parent_code is null))
);
-- Prefix search on the code ("G06F%") uses this index whatever the database's collation.
create index ipc_entry_code_prefix on ipc_entry (code varchar_pattern_ops);
create index ipc_entry_parent on ipc_entry (parent_code);

grant select on industry, ipc_entry to ${app-role};
