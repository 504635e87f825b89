-- A reminder mail that could not be sent is tried again at the next runs: mailed_at is set only on success,
-- and each attempt is counted, with the last error kept for the office to see what went wrong.
alter table agreement_reminder add column mail_attempts     integer       not null default 0;
alter table agreement_reminder add column mail_attempted_at timestamptz;
alter table agreement_reminder add column mail_error        varchar(1000);

grant select, insert, update, delete on agreement_reminder to ${app-role};
grant usage, select on all sequences in schema public to ${app-role};
