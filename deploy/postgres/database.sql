-- Hands the current database to izmirsym_owner. Run as a superuser, in one transaction
-- (psql --single-transaction), connected to the app's database, after roles.sql. Idempotent.
DO $$
DECLARE
    owner_role CONSTANT regrole := 'izmirsym_owner';
    obj record;
BEGIN
    EXECUTE format('ALTER DATABASE %I OWNER TO izmirsym_owner', current_database());

    -- Only the owner may create temporary tables (the default lets every role).
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());

    -- Objects a superuser created before the roles existed (databases of earlier versions ran every
    -- migration as postgres): the owner adopts them so that later migrations can alter them.
    -- Indexes, identity sequences and extension members follow their table or extension.
    FOR obj IN
        SELECT c.oid::regclass AS name, c.relkind
        FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          AND c.relowner <> owner_role
          AND NOT EXISTS (
              SELECT FROM pg_depend d
              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
    LOOP
        EXECUTE format('ALTER %s %s OWNER TO izmirsym_owner',
            CASE obj.relkind
                WHEN 'v' THEN 'VIEW'
                WHEN 'm' THEN 'MATERIALIZED VIEW'
                WHEN 'f' THEN 'FOREIGN TABLE'
                WHEN 'S' THEN 'SEQUENCE'
                ELSE 'TABLE'
            END,
            obj.name);
    END LOOP;

    FOR obj IN
        SELECT p.oid::regprocedure AS name
        FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND p.proowner <> owner_role
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO izmirsym_owner', obj.name);
    END LOOP;

    FOR obj IN
        SELECT c.collname AS name
        FROM pg_collation c
        WHERE c.collnamespace = 'public'::regnamespace
          AND c.collowner <> owner_role
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_collation'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('ALTER COLLATION public.%I OWNER TO izmirsym_owner', obj.name);
    END LOOP;
END
$$;

-- Only the owner creates objects; every other role (the app's included) only uses them.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO izmirsym_owner;
