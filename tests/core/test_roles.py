"""docs/roles.sql on a real server: the office's viewer, planner and administrator roles do
what the file promises, in a database of any name (the file is run as an administrator would
run it, twice: the cluster part may be repeated)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from planner import cli, failures, model, roles, store, trips
from tests import dumps, pg
from tests.conftest import NANSHAN

ROLES_SQL = Path(__file__).resolve().parents[2] / "docs" / "roles.sql"


def _run_file(cluster: pg.Cluster, database: str) -> None:
    """roles.sql as ``psql -d DATABASE -f roles.sql`` runs it (as the cluster's superuser)."""
    url = make_url(cluster.url(database)).set(drivername="postgresql")
    with contextlib.closing(
        psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    ) as conn:
        conn.execute(ROLES_SQL.read_text(encoding="utf-8"))  # type: ignore[arg-type]


def _as(cluster: pg.Cluster, database: str, user: str) -> str:
    return make_url(cluster.url(database)).set(username=user).render_as_string(hide_password=False)


@pytest.fixture
def office(pg_cluster: pg.Cluster) -> Iterator[dict[str, str]]:
    """A database with an odd name set up as roles.sql says, with anna (planner), ben
    (viewer) and carla (administrator): their store URLs by role."""
    suffix = pg_cluster.new_name("r")
    database = f"Büro-{suffix}"  # a name that needs quoting in SQL
    users = {role: f"{role}_{suffix}" for role in ("planner", "viewer", "admin")}
    _run_file(pg_cluster, "postgres")  # 1. the roles
    _run_file(pg_cluster, "postgres")  # again: nothing breaks
    with contextlib.closing(pg_cluster.admin()) as conn:
        conn.execute(f'CREATE ROLE "{users["planner"]}" LOGIN IN ROLE dp_planner')
        conn.execute(f'CREATE ROLE "{users["viewer"]}" LOGIN IN ROLE dp_viewer')
        conn.execute(f'CREATE ROLE "{users["admin"]}" LOGIN IN ROLE dp_admin')
        conn.execute(f'ALTER ROLE "{users["admin"]}" SET role = dp_admin')
        conn.execute(f'CREATE DATABASE "{database}" OWNER dp_admin')  # 2.
    urls = {role: _as(pg_cluster, database, user) for role, user in users.items()}
    with store.open_store(urls["admin"]) as st, st.transaction() as session:  # creates tables
        trips.import_trip(session, NANSHAN)
    _run_file(pg_cluster, database)  # 3. the rights in this database
    yield urls
    pg_cluster.drop_database(database)
    with contextlib.closing(pg_cluster.admin()) as conn:
        for user in users.values():
            conn.execute(f'DROP ROLE IF EXISTS "{user}"')


def _cli(url: str, *args: str) -> int:
    return cli.main(["--store", url, *args])


def test_a_viewer_reads_but_cannot_write(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with store.open_store(office["viewer"]) as st:
        access = roles.access(st)
        before = dumps.dump(st)
    assert access.role == roles.VIEWER
    assert access.reason and "may only read this store (viewer role)" in access.reason
    assert _cli(office["viewer"], "trips") == 0
    assert "Nanshan" in capsys.readouterr().out
    assert _cli(office["viewer"], "import", str(NANSHAN)) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.endswith(": read-only: this login may not change the store\n")
    assert err.count("\n") == 1
    assert "permission denied" not in err
    with store.open_store(office["admin"]) as st:
        assert dumps.dump(st) == before  # nothing was written


def test_a_planner_writes_but_cannot_grant(
    office: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with store.open_store(office["planner"]) as st:
        assert roles.access(st).role == roles.PLANNER
    assert _cli(office["planner"], "import", str(NANSHAN)) == 0
    assert capsys.readouterr().out.count("\n") >= 1
    viewer = make_url(office["viewer"]).username
    for statement in (f'GRANT dp_admin TO "{viewer}"', "CREATE ROLE intruder LOGIN"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), _connect(office["planner"]) as c:
            c.execute(statement)
    with _connect(office["planner"]) as conn:
        conn.execute(f'GRANT INSERT ON trip TO "{viewer}"')  # PostgreSQL: a warning, no grant
        granted = conn.execute(
            "SELECT has_table_privilege(%s, 'trip', 'INSERT')", (viewer,)
        ).fetchone()
    assert granted == (False,)
    with store.open_store(office["viewer"]) as st:
        assert roles.access(st).role == roles.VIEWER


def test_an_administrator_grants_and_the_history_names_them(office: dict[str, str]) -> None:
    with store.open_store(office["admin"]) as st:
        assert roles.access(st).role == roles.ADMINISTRATOR
    viewer = make_url(office["viewer"]).username
    with _connect(office["admin"]) as conn:
        conn.execute(f'GRANT dp_planner TO "{viewer}"')  # ben becomes a planner
    with store.open_store(office["viewer"]) as st:
        assert roles.access(st).role == roles.PLANNER
    with store.open_store(office["admin"]) as st, st.session() as session:
        who = session.scalars(
            select(model.ChangeLog.who).where(model.ChangeLog.action == "import")
        ).one()
    assert who == make_url(office["admin"]).username  # the login, not dp_admin


@contextlib.contextmanager
def _connect(url: str) -> Iterator[Any]:
    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with contextlib.closing(psycopg.connect(plain, autocommit=True)) as conn:
        yield conn


def test_a_write_to_a_file_opened_read_only_says_read_only(tmp_path: Path) -> None:
    """The same words for a store file this user may only read (SQLite's SQLITE_READONLY;
    chmod does not stop root, so the file is opened read-only instead)."""
    path = tmp_path / "office.sqlite"
    store.open_store(path).close()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            connection.execute("DELETE FROM trip")
    finally:
        connection.close()
    failure = failures.explain(caught.value, str(path), saving=True)
    assert str(failure) == f"{path}: read-only: this login may not change the store"
