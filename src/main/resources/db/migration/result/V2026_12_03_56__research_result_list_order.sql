-- The default order of the list of results (newest change first, id as the tie-breaker): with this index a page
-- reads its 20 rows instead of sorting the whole table (measured by ./load-test.sh at 100,000 results).
create index research_result_list_order on research_result (updated_at desc, id desc);
