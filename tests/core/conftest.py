"""Core fixtures: every test that uses a store runs on SQLite and on PostgreSQL.

A test asking for ``engine``, ``store_path`` or ``st`` (directly or through another fixture) is
collected twice, ``[sqlite]`` and ``[postgresql]``; ``store_path`` is then a file path or a
``postgresql://`` URL (a string), and both go wherever a store location goes (``open_store``,
``--store``). Tests of what only a file can do (permissions, WAL, the backup API, refusing
files that are not stores) are marked ``@pytest.mark.sqlite_only`` and collected once; tests
of what only a server does are marked ``@pytest.mark.postgresql_only``.

The PostgreSQL half uses one server for the session (``tests/pg.py``): a database migrated to
head once, and a copy of it (``CREATE DATABASE ... TEMPLATE``) for each test. Without a server
the half is skipped, unless ``PLANNER_REQUIRE_PG=1`` (CI) makes that a failure. The server
and the template (``pg_cluster``, ``pg_template``) are shared with the UI tests
(``tests/conftest.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import store
from tests import pg
from tests.conftest import new_sqlite_store

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine" in metafunc.fixturenames:  # store_path and st ask for it
        marked = metafunc.definition.get_closest_marker
        engines = ENGINES
        if marked("sqlite_only"):
            engines = ("sqlite",)
        elif marked("postgresql_only"):
            engines = ("postgresql",)
        metafunc.parametrize("engine", engines, indirect=True)


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine of this run of the test: "sqlite" or "postgresql"."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def pg_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """An empty PostgreSQL database (no schema) for this test: its URL."""
    cluster: pg.Cluster = request.getfixturevalue("pg_cluster")
    name = cluster.new_name()
    url = cluster.create_database(name)
    yield url
    cluster.drop_database(name)


@pytest.fixture
def store_path(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """Where the test's store lives: a new file, or a new database already at head."""
    if engine == "sqlite":
        yield tmp_path / "office.sqlite"
        return
    cluster: pg.Cluster = request.getfixturevalue("pg_cluster")
    template: str = request.getfixturevalue("pg_template")
    name = cluster.new_name()
    url = cluster.create_database(name, template=template)
    # Typed as a Path for the many tests written for files; a URL works wherever they pass it.
    yield url  # type: ignore[misc]
    cluster.drop_database(name)


@pytest.fixture
def empty_store(store_path: Path, request: pytest.FixtureRequest) -> Path:
    """``store_path`` holding an empty store at head already: on SQLite a copy of the migrated
    template (``new_sqlite_store``), which is what creating it would make, without running the
    migrations for every test. For tests that are not about creating a store."""
    if isinstance(store_path, Path) and not store_path.exists():
        new_sqlite_store(request.getfixturevalue("sqlite_template"), store_path)
    return store_path


@pytest.fixture
def st(empty_store: Path) -> Iterator[store.Store]:
    with store.open_store(empty_store) as opened:
        yield opened
