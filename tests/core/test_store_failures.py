"""A store that fails under a command: one line that says what happened to the change, with
no SQL and nothing of the data (a driver's own error quotes both).

SQLite's write lock is waited for (``store.BUSY_TIMEOUT_MS``) before another program is
blamed; a PostgreSQL server that goes away is "cannot be reached" for a read, "lost while
saving" inside a write, and "may have been saved" when it goes during the COMMIT itself.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from planner import cli, model, store, trips
from tests import pg
from tests.conftest import NANSHAN

# Names and SQL that a driver's message would have shown.
LEAKS = ("INSERT", "SELECT", "UPDATE", "[SQL", "parameters", "Wong", "Bruder", "Schäfer")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(args)
    return code, capsys.readouterr().err


def trip_count(location: Path | str) -> int:
    with store.open_store(location, create=False) as st, st.session() as session:
        return int(session.scalar(sa.select(sa.func.count(model.Trip.id))) or 0)


def assert_clean(err: str) -> None:
    assert err.startswith("planner: error: ") and err.count("\n") == 1
    assert not [word for word in LEAKS if word in err], err


@contextlib.contextmanager
def write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of saving to the store file."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        other.close()


# ---------------------------------------------------------------------------------------------
# SQLite: another program saving


def test_a_short_lock_is_waited_for_and_the_import_goes_through(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite"
    store.open_store(path).close()
    with write_lock(path) as other:
        release = threading.Timer(0.3, other.rollback)  # the other program finishes saving
        release.start()
        code, err = run(["--store", str(path), "import", str(NANSHAN)], capsys)
        release.join(timeout=10)
    assert (code, err) == (0, "")
    assert trip_count(path) == 1


def test_a_lock_held_past_the_wait_says_another_program_is_saving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite"
    store.open_store(path).close()
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 400)
    with write_lock(path):
        started = time.monotonic()
        code, err = run(["--store", str(path), "import", str(NANSHAN)], capsys)
        waited = time.monotonic() - started
    assert code == 2
    assert err == (
        f"planner: error: {path}: another program is saving to this store; nothing was saved "
        "(waited 0.4 s)\n"
    )
    assert waited >= 0.4
    assert trip_count(path) == 0


def test_the_documented_wait_is_five_seconds() -> None:
    assert store.BUSY_TIMEOUT_MS == 5000


def test_a_statement_the_store_refuses_is_named_by_its_code_not_its_sql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.sqlite"
    assert run(["--store", str(path), "import", str(NANSHAN)], capsys)[0] == 0
    with sqlite3.connect(path) as conn:  # a trigger another tool left behind
        conn.execute(
            "CREATE TRIGGER no_more BEFORE INSERT ON trip "
            "BEGIN SELECT RAISE(ABORT, 'Wong may not travel'); END"
        )
    conn.close()
    code, err = run(["--store", str(path), "import", str(NANSHAN)], capsys)
    assert code == 2
    assert err == (
        f"planner: error: {path}: the store refused the operation "
        "(SQLite SQLITE_CONSTRAINT_TRIGGER); nothing was saved\n"
    )
    assert trip_count(path) == 1


# ---------------------------------------------------------------------------------------------
# PostgreSQL: the server goes away


@pytest.fixture
def cluster(pg_cluster: pg.Cluster) -> Iterator[pg.Cluster]:
    if not pg_cluster.restartable:
        pytest.skip("the server PLANNER_TEST_PG_URL names is not ours to stop")
    with pg_cluster.running_afterwards() as running:
        yield running


@contextlib.contextmanager
def on_statement(predicate: Callable[[str], bool], action: Callable[[], None]) -> Iterator[None]:
    """Run ``action`` once, just before the first statement ``predicate`` picks is sent."""
    done: list[bool] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not done and predicate(statement):
            done.append(True)
            action()

    sa.event.listen(sa.engine.Engine, "before_cursor_execute", before)
    try:
        yield
    finally:
        sa.event.remove(sa.engine.Engine, "before_cursor_execute", before)


@pytest.mark.postgresql_only
def test_a_server_stopped_before_a_listing_cannot_be_reached(
    store_path: str,
    cluster: pg.Cluster,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["--store", store_path, "import", str(NANSHAN)], capsys)[0] == 0
    listing = trips.list_trips

    def stop_then_list(session: Any) -> Any:
        cluster.stop_server()
        return listing(session)

    monkeypatch.setattr(cli.trips, "list_trips", stop_then_list)
    code, err = run(["--store", store_path, "trips"], capsys)
    assert code == 2
    assert err == f"planner: error: {store_path}: the store cannot be reached; nothing was saved\n"
    code, err = run(["--store", store_path, "trips"], capsys)  # still stopped: at the opening
    assert code == 2 and "the store cannot be reached; nothing was saved" in err
    assert_clean(err)


@pytest.mark.postgresql_only
def test_a_server_stopped_during_an_import_loses_the_change_and_says_so(
    store_path: str, cluster: pg.Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    with on_statement(lambda sql: sql.startswith("INSERT INTO person"), cluster.stop_server):
        code, err = run(["--store", store_path, "import", str(NANSHAN)], capsys)
    assert code == 2
    assert err == (
        f"planner: error: {store_path}: the connection was lost while saving; "
        "the change was not saved\n"
    )
    cluster.start_server()
    assert trip_count(store_path) == 0


@pytest.mark.postgresql_only
def test_a_server_lost_at_the_commit_may_have_saved_and_says_so(
    store_path: str, cluster: pg.Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    def stop_at_commit(*_args: Any) -> None:
        cluster.stop_server()

    sa.event.listen(sa.engine.Engine, "commit", stop_at_commit)
    try:
        code, err = run(["--store", store_path, "import", str(NANSHAN)], capsys)
    finally:
        sa.event.remove(sa.engine.Engine, "commit", stop_at_commit)
    assert code == 2
    assert err == (
        f"planner: error: {store_path}: the connection was lost while the change was being "
        "committed; it may have been saved: look before doing it again\n"
    )
    cluster.start_server()
    assert trip_count(store_path) in (0, 1)  # whole or absent, never half
    with store.open_store(store_path) as st, st.session() as session:
        meetings = session.scalar(sa.select(sa.func.count(model.Meeting.id)))
    assert meetings == 5 * trip_count(store_path)
