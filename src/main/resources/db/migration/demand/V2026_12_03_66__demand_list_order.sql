-- The default order of the list of demands (newest first, id as the tie-breaker), read from the index page by page.
create index demand_list_order on demand (created_at desc, id);
