-- Ids come in blocks of 50 (Hibernate's pooled optimizer), so that imported demands are inserted in JDBC batches.
-- Plain SQL inserts keep working: every nextval hands out a block of its own.
alter sequence demand_id_seq increment by 50;
