-- Fuzzy search of the indicator library: pg_trgm similarity ranks the keyword matches (contrib extension).
create extension if not exists pg_trgm;
create index indicator_template_name_trgm_idx on indicator_template using gin (name gin_trgm_ops);
