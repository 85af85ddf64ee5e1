-- Delegation Planner on PostgreSQL: viewer, planner and administrator as database roles.
--
-- The program asks the database what the connected user may do (planner/roles.py):
--   administrator  owns the tables (member of the role that owns them): runs upgrades
--                  (`planner --store URL upgrade`), erases people, grants access and roles;
--   planner        may read and change trips, the directory and the registers;
--   viewer         may only read: the window opens read-only, edit actions are disabled and
--                  say why.
-- The database enforces the same rules; the window only spares users an error after the fact.
--
-- Works in any database and may be run again (tests/core/test_roles.py runs it):
--   psql -d postgres -f roles.sql                 -- 1. the roles (once per cluster)
--   createdb -O dp_admin planner                  -- 2. the office's database, owned by dp_admin
--   (the administrator opens it once with the program, which creates the tables)
--   psql -d planner -f roles.sql                  -- 3. the rights in that database

-- Once per cluster: three group roles, each with the rights of the one below. dp_admin may
-- create roles and grant membership (CREATEROLE is not inherited: administrators log in with
-- `SET role = dp_admin`, below).
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dp_viewer') THEN
        CREATE ROLE dp_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dp_planner') THEN
        CREATE ROLE dp_planner NOLOGIN IN ROLE dp_viewer;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dp_admin') THEN
        CREATE ROLE dp_admin NOLOGIN CREATEROLE IN ROLE dp_planner;
    END IF;
END
$$;

-- People log in as themselves (the history names them by their login, session_user):
--   CREATE ROLE anna LOGIN IN ROLE dp_planner;     -- password via \password, never a URL
--   CREATE ROLE ben LOGIN IN ROLE dp_viewer;
--   CREATE ROLE carla LOGIN IN ROLE dp_admin;
--   ALTER ROLE carla SET role = dp_admin;          -- tables she creates belong to dp_admin

-- Per database: the one this runs in (whatever its name), once the program created the tables.
DO $$
BEGIN
    IF to_regclass('public.change_log') IS NULL THEN
        RAISE NOTICE 'no Delegation Planner store in database %: open it once with the '
            'program, then run this file in it again', current_database();
        RETURN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO dp_viewer', current_database());
    GRANT USAGE ON SCHEMA public TO dp_viewer;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO dp_viewer;

    GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO dp_planner;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO dp_planner;
    -- The schema version is the administrator's, and the history is append-only for planners
    -- (an erasure clears the labels that named the person, hence UPDATE of that one column).
    REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM dp_planner;
    REVOKE UPDATE, DELETE ON change_log FROM dp_planner;
    GRANT UPDATE (label) ON change_log TO dp_planner;

    -- Tables a later upgrade creates get the same rights.
    ALTER DEFAULT PRIVILEGES FOR ROLE dp_admin IN SCHEMA public
        GRANT SELECT ON TABLES TO dp_viewer;
    ALTER DEFAULT PRIVILEGES FOR ROLE dp_admin IN SCHEMA public
        GRANT INSERT, UPDATE, DELETE ON TABLES TO dp_planner;
    ALTER DEFAULT PRIVILEGES FOR ROLE dp_admin IN SCHEMA public
        GRANT USAGE, SELECT ON SEQUENCES TO dp_planner;
END
$$;
