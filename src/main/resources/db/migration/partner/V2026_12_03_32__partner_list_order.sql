-- The default orders of the lists of agreements (soonest end first) and organizations (by Chinese name), each with
-- the id as the tie-breaker, read from the index page by page.
create index agreement_list_order on agreement (end_date, id);
create index partner_organization_list_order on partner_organization (name_zh, id);
