-- The demo catalog's records say which record of their source they are (a CSL id, a NASA case), and the database
-- remembers which release of the demo catalog it holds, so that an upgrade brings the records in line with the
-- shipped catalog (removes those no longer shipped, updates the others, adds the new) — never touching other records.
alter table research_result add column source_key varchar(64);
create unique index research_result_source_key on research_result (source, source_key) where source_key is not null;

create table demo_catalog_release (
    source  varchar(32) primary key,
    release integer     not null
);

grant select, insert, update, delete on demo_catalog_release to ${app-role};
