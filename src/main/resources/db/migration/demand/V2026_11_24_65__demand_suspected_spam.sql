-- A public submission that filled the honeypot is kept for moderation, flagged as suspected spam (never dropped).
alter table demand add column suspected_spam boolean not null default false;
create index demand_suspected_spam on demand (suspected_spam) where suspected_spam;
