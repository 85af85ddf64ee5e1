-- Delegation Planner on PostgreSQL: viewer, planner and administrator as database roles.
--
-- The program asks the database what the connected user may do (planner/roles.py):
--   administrator  owns the tables (member of the role that owns them): runs upgrades
--                  (`planner --store URL upgrade`), erases people, grants access;
--   planner        may read and change trips, the directory and the registers;
--   viewer         may only read: the window opens read-only, edit actions are disabled and
--                  say why.
-- The database enforces the same rules; the window only spares users an error after the fact.
--
-- Run as a superuser (or a role with CREATEROLE) once per cluster, then the per-database part
-- in the office's database (psql -d planner -f roles.sql), after the administrator opened the
-- empty database once with the program (which creates the tables, owned by dp_admin).

-- Once per cluster: three group roles, each with the rights of the one below.
CREATE ROLE dp_viewer NOLOGIN;
CREATE ROLE dp_planner NOLOGIN IN ROLE dp_viewer;
CREATE ROLE dp_admin NOLOGIN IN ROLE dp_planner;

-- People log in as themselves (their name is what the history shows as "who"):
--   CREATE ROLE anna LOGIN IN ROLE dp_planner;     -- password via \password, never a URL
--   CREATE ROLE ben LOGIN IN ROLE dp_viewer;
--   CREATE ROLE carla LOGIN IN ROLE dp_admin;
--   ALTER ROLE carla SET role = dp_admin;          -- tables she creates belong to dp_admin

-- Per database (here: planner), after the tables exist:
GRANT CONNECT ON DATABASE planner TO dp_viewer;
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
ALTER DEFAULT PRIVILEGES FOR ROLE dp_admin IN SCHEMA public GRANT SELECT ON TABLES TO dp_viewer;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_admin IN SCHEMA public
    GRANT INSERT, UPDATE, DELETE ON TABLES TO dp_planner;
ALTER DEFAULT PRIVILEGES FOR ROLE dp_admin IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO dp_planner;
