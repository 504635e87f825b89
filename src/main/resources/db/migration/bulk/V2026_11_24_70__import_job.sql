-- Bulk imports of research results and demands: the job (with the uploaded file until it is committed or
-- discarded, and who asked for it, so that the background run acts for the same caller) and its row errors.
create table import_job (
    id                    bigserial    primary key,
    kind                  varchar(16)  not null check (kind in ('RESULTS','DEMANDS')),
    file_name             varchar(255) not null,
    format                varchar(8)   not null check (format in ('CSV','XLSX')),
    encoding              varchar(20),
    status                varchar(16)  not null check (status in ('UPLOADED','VALIDATING','VALID','INVALID','IMPORTING','IMPORTED','FAILED','DISCARDED')),
    total_rows            integer      not null default 0,
    processed_rows        integer      not null default 0,
    error_count           integer      not null default 0,
    imported_rows         integer      not null default 0,
    failure               varchar(1000),
    owner_id              bigint       not null,
    owner_username        varchar(64)  not null,
    owner_role            varchar(20)  not null,
    owner_region_code     varchar(6),
    owner_organization_id bigint,
    content               bytea,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    finished_at           timestamptz,
    version               bigint       not null default 0
);
create index import_job_owner on import_job (owner_id, created_at desc);

create table import_error (
    id          bigserial     primary key,
    job_id      bigint        not null references import_job (id) on delete cascade,
    row_number  integer       not null,
    column_name varchar(64)   not null,
    code        varchar(100)  not null,
    args        text[]        not null default '{}'
);
create index import_error_job on import_error (job_id, row_number, id);

grant select, insert, update, delete on import_job, import_error to ${app-role};
grant usage, select on all sequences in schema public to ${app-role};
