"""Two programs on one store, and a store that cannot be reached: what a transaction meets.

On SQLite a write transaction takes the write lock with its first statement (BEGIN
IMMEDIATE), so a second program's edit waits or fails before it has read anything, never
half-way. On PostgreSQL a lost server is told apart from a refused statement, so the window
can say "cannot be reached" rather than show a traceback.
"""

from __future__ import annotations

import socket
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError

from planner import editing, model, store, trips
from planner.conflicts import Conflict
from planner.editing.registry import editor_for
from planner.records import MeetingRecord
from tests.conftest import NANSHAN


@pytest.fixture
def two_programs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[store.Store, ...]:
    """Two programs with one store file open, the second waiting only briefly for a lock."""
    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "office.sqlite"
    with store.open_store(path) as first, first.transaction() as session:
        trips.import_trip(session, NANSHAN)
    return store.open_store(path), store.open_store(path)


def first_meeting(st: store.Store) -> str:
    with st.session() as session:
        return (
            session.scalars(sa.select(model.Meeting.uuid).order_by(model.Meeting.id)).first() or ""
        )


@pytest.mark.sqlite_only
def test_a_second_writer_fails_at_its_first_statement_not_half_way(
    two_programs: tuple[store.Store, store.Store],
) -> None:
    mine, theirs = two_programs
    uuid = first_meeting(mine)
    reached: list[str] = []
    with mine.transaction() as session:
        record, version = editor_for(MeetingRecord).read_versioned(session, uuid)
        editing.update(session, uuid, replace(record, title="Mine"))
        with pytest.raises(DBAPIError) as caught, theirs.transaction() as other:
            other.execute(sa.text("SELECT 1"))
            reached.append("read")  # with a deferred BEGIN the read passes and the write fails
        assert store.is_busy(caught.value)
        assert not store.is_unreachable(caught.value)
        assert "BEGIN IMMEDIATE" in str(caught.value)
        assert reached == []
    # Once the first program committed, the second one's edit goes through, checked against
    # the version it read before: a clean conflict, never a lost update.
    with pytest.raises(Conflict), theirs.transaction() as other:
        theirs_record = editor_for(MeetingRecord).read(other, uuid)
        editing.update(other, uuid, theirs_record, expected_version=version)
    with theirs.session() as other:
        assert editor_for(MeetingRecord).read(other, uuid).title == "Mine"
    mine.close()
    theirs.close()


@pytest.mark.sqlite_only
def test_readers_are_not_held_up_by_a_writer(
    two_programs: tuple[store.Store, store.Store],
) -> None:
    mine, theirs = two_programs
    with mine.transaction() as session:
        session.execute(sa.text("SELECT 1"))
        with theirs.session() as other:
            assert other.scalar(sa.select(sa.func.count(model.Meeting.id)))
    mine.close()
    theirs.close()


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port  # nothing listens on it once the socket is closed


def test_a_server_that_is_not_there_is_unreachable() -> None:
    url = sa.make_url(f"postgresql+psycopg://nobody@127.0.0.1:{_closed_port()}/planner")
    engine = store.postgresql_engine(url, pooled=False)
    with pytest.raises(DBAPIError) as caught, engine.connect():
        pass
    engine.dispose()
    assert store.is_unreachable(caught.value)
    assert store.is_unreachable(caught.value.orig)  # psycopg's own error, unwrapped
    assert not store.is_busy(caught.value)


@pytest.mark.postgresql_only
def test_a_refused_statement_is_not_a_lost_server(st: store.Store) -> None:
    with pytest.raises(DBAPIError) as caught, st.transaction() as session:
        session.execute(sa.text("SELECT no_such_column FROM trip"))
    assert not store.is_unreachable(caught.value)


@pytest.mark.postgresql_only
def test_probe_says_what_the_database_holds(st: store.Store, pg_database: str) -> None:
    found = store.probe(st.location)
    assert found.revision == store.head_revision()
    assert not found.foreign
    assert found.server
    empty = store.probe(pg_database)
    assert (empty.revision, empty.foreign) == (None, False)


def test_probe_names_the_reason_it_cannot_connect() -> None:
    location = f"postgresql://nobody@127.0.0.1:{_closed_port()}/planner"
    with pytest.raises(store.StoreError, match=r"^postgresql://nobody@127\.0\.0\.1:\d+/planner: "):
        store.probe(location)
