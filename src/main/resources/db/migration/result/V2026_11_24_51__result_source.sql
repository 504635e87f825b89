-- Records taken from public data sets (the demo catalog) say where they come from; patents may say when they expire.
-- A new result type: papers (论文), for research published as a paper.
alter table research_result add column source varchar(32);
alter table research_result add column ip_expires_on date;
alter table research_result drop constraint research_result_type_check;
alter table research_result add constraint research_result_type_check check (type in ('PATENT','SOFTWARE_COPYRIGHT',
    'KNOW_HOW','PLANT_VARIETY','INTEGRATED_CIRCUIT_LAYOUT','DESIGN','PAPER','OTHER'));
create index research_result_source on research_result (source);

grant select, insert, update, delete on research_result to ${app-role};
grant usage, select on all sequences in schema public to ${app-role};
