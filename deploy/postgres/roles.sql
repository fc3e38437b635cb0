-- The two database roles of IzmirSymbiosis. Run as a superuser, in one transaction
-- (psql --single-transaction), connected to any database of the cluster. Idempotent.
--
--   izmirsym_owner  owns the database and every object in it: migrations and the reference-data
--                   seeding run as this role (ConnectionStrings:Migrations).
--   izmirsym_app    the running app (ConnectionStrings:Default): owns nothing; the migration step
--                   grants it SELECT/INSERT/UPDATE/DELETE on the tables, and only INSERT/SELECT on
--                   audit_events, so it can neither rewrite the audit trail nor switch its trigger off.
--
-- Several test runs may set up the same cluster at once; this lock makes them take turns.
DO $$ BEGIN PERFORM pg_advisory_xact_lock(7283110); END $$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'izmirsym_owner') THEN
        CREATE ROLE izmirsym_owner;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'izmirsym_app') THEN
        CREATE ROLE izmirsym_app;
    END IF;
END
$$;

ALTER ROLE izmirsym_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
ALTER ROLE izmirsym_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;

-- The app's role is a member of no role (it must not inherit the owner's rights).
DO $$
DECLARE
    membership record;
BEGIN
    FOR membership IN
        SELECT m.roleid::regrole AS granted FROM pg_auth_members m WHERE m.member = 'izmirsym_app'::regrole
    LOOP
        EXECUTE format('REVOKE %s FROM izmirsym_app', membership.granted);
    END LOOP;
END
$$;

-- Limits for the app's sessions (denial of service: one slow query or a forgotten transaction must
-- not hold connections and locks for ever). The longest statements the app runs are the full
-- re-match's DELETE of the matches table and its batched INSERTs, well under a second for the demo
-- region (480 streams) and a few seconds at the benchmark's 100,000 streams, so 30 s leaves a wide
-- margin. Migrations and seeding run as the owner, without these limits.
ALTER ROLE izmirsym_app SET statement_timeout = '30s';
ALTER ROLE izmirsym_app SET lock_timeout = '10s';
ALTER ROLE izmirsym_app SET idle_in_transaction_session_timeout = '60s';
