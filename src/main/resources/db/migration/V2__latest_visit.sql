-- Summaries count each household once, on its latest visit: kept on the household so that an
-- area's summary joins straight to it instead of searching every visit for the newest.
alter table household add column last_visit_id bigint;
create index household_last_visit on household (last_visit_id);
