-- Ids come in blocks of 50 (Hibernate's pooled optimizer), so that many new results are inserted in JDBC batches
-- (imports, the demo catalog). Plain SQL inserts keep working: every nextval hands out a block of its own.
alter sequence research_result_id_seq increment by 50;
