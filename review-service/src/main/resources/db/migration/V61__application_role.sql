-- Two roles: the owner (the role these migrations run as, which owns every table, the audit log included) and
-- review_app, the role the service runs as (quarkus.datasource.username = DB_APP_USER). review_app reads and writes
-- the working tables but may only insert into and read the audit log and its checkpoints: it cannot update, delete
-- or truncate them, nor disable their triggers or drop them (only the owner may). Production creates review_app
-- with a login (CloudNativePG managed role, docker-compose's init script); where it does not exist and this owner
-- may create roles (tests), it is created without a login; elsewhere (the local stack, where the owner runs the
-- service) nothing is granted.
do $$
begin
    if not exists (select from pg_roles where rolname = 'review_app') then
        if not exists (select from pg_roles where rolname = current_user and (rolsuper or rolcreaterole)) then
            raise notice 'role review_app does not exist and % may not create it: the owner runs the service', current_user;
            return;
        end if;
        create role review_app nologin;
    end if;
    execute 'grant usage on schema public to review_app';
    execute 'grant select, insert, update, delete on all tables in schema public to review_app';
    execute 'grant usage, select on all sequences in schema public to review_app';
    execute 'revoke all on flyway_schema_history from review_app';
    execute 'grant select on flyway_schema_history to review_app';
    execute 'revoke update, delete, truncate, references, trigger on audit_entry, audit_checkpoint, audit_checkpoint_head from review_app';
    -- tables of later migrations (run by this owner) are the application's to read and write as well
    execute 'alter default privileges in schema public grant select, insert, update, delete on tables to review_app';
    execute 'alter default privileges in schema public grant usage, select on sequences to review_app';
end $$;
