-- Interest that filled the honeypot is kept, flagged as suspected spam for the office to see and filter (never dropped).
alter table lead add column suspected_spam boolean not null default false;
create index lead_suspected_spam on lead (suspected_spam) where suspected_spam;
