-- How many lines the imported file has, so that the progress bar shows how far along it is.
alter table import_run add column lines_total integer;
