-- The raw SQL of the API list pages the load test measures (./load-test.sh): for each page, after its
-- "-- list: <name>" line, the page query and the count, each ending with ";". The page query is the one the
-- product sends (seen once with logging.level.org.hibernate.SQL=debug), joined to the names the product adds from
-- memory (regions, industries) or by a second query (organizations), so that the same rows and columns come back.
-- The count runs, as Spring Data runs it, only when the page is full.

-- list: results
select id, abstract_text, asking_amount, asking_terms, created_at, demo, department, discipline, industries,
       ip_expires_on, ip_numbers, ip_status, ipc_classes, keywords, lab, language, owner_id, owner_name, researchers,
       source, source_key, title, transfer_modes, trl, type, updated_at, version, visibility, visibility_changed_at
from research_result
order by updated_at desc, id desc limit 20;
select count(id) from research_result;

-- list: demands
select d.id, d.budget, d.contact_email, d.contact_name, d.contact_phone, d.created_at, d.deadline, d.demo,
       d.industry_code, d.organization_id, d.owner_id, d.region_code, d.source, d.status, d.status_changed_at,
       d.status_reason, d.suspected_spam, d.text, d.title, d.version, r.name_zh, r.name_en, i.name
from demand d
left join region r on r.code = d.region_code
left join industry i on i.code = d.industry_code
order by d.created_at desc, d.id limit 20;
select count(id) from demand;

-- list: regions
-- (the product answers them from memory; here the same page from the region table, with path and zones)
select r.code, r.name_zh, r.name_en, r.level, r.parent_code, p.name_zh, g.name_zh,
       (select array_agg(z.zone_code) from region_zone z where z.region_code = substr(r.code, 1, 2) || '0000')
from region r
left join region p on p.code = r.parent_code
left join region g on g.code = p.parent_code
order by r.code limit 20;
select count(code) from region;

-- list: agreements
select a.id, a.areas, a.counterpart_region_code, a.created_at, a.demo, a.end_date, a.notes, a.organization_id,
       a.predecessor_id, a.region_code, a.resources, a.resources_amount, a.signing_date, a.start_date, a.status,
       a.status_changed_at, a.status_reason, a.successor_id, a.title, a.version, r.name_zh, r.name_en, o.name_zh,
       o.name_en
from agreement a
left join region r on r.code = a.region_code
left join partner_organization o on o.id = a.organization_id
order by a.end_date, a.id limit 20;
select count(id) from agreement;

-- list: organizations
select o.id, o.address, o.created_at, o.credit_code, o.demo, o.description, o.name_en, o.name_zh, o.region_code,
       o.type, o.version, o.website, r.name_zh, r.name_en
from partner_organization o
left join region r on r.code = o.region_code
order by o.name_zh, o.id limit 20;
select count(id) from partner_organization;
