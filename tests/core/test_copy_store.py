"""``planner copy-store``: a whole store from a file to a database and back, losslessly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner import calendar_ics, cli, model, store, trips
from planner.calendar_ics.events import ExportOptions
from planner.copy_store import backup, copy_store
from tests import dumps
from tests.conftest import JIANGSU, NANSHAN

EXPORTED = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
# Tables the examples leave empty; everything else must hold rows, or the comparison proves
# less than it claims.
EMPTY_IN_EXAMPLES: set[str] = set()


def fill(st: store.Store) -> None:
    """Both example trips, edits (versions above 1), calendar export state and a link."""
    with st.transaction() as session:
        nanshan = trips.import_trip(session, NANSHAN).uuid
        jiangsu = trips.import_trip(session, JIANGSU).uuid
    for _ in range(2):
        with st.transaction() as session:
            meeting = session.scalars(select(model.Meeting).order_by(model.Meeting.id)).first()
            assert meeting is not None
            meeting.title += " (moved)"
    with st.transaction() as session:
        data = calendar_ics.export_calendar(session, nanshan, ExportOptions(), now=EXPORTED).data
    assert data
    with st.transaction() as session:  # a leg from home, with a traveller's own booking
        transfer = session.scalars(select(model.Transfer).order_by(model.Transfer.id)).first()
        person = session.scalars(select(model.Person).order_by(model.Person.id)).first()
        assert transfer is not None and person is not None
        transfer.from_stop, transfer.from_place, transfer.from_terminal = None, "PVG", "2"
        transfer.traveller_links.append(
            model.TransferTraveller(person=person, reference="ABC123", seat="12A")
        )
    with st.transaction() as session:  # as an import of an invitation leaves it
        meeting = session.scalars(
            select(model.Meeting).join(model.Trip).where(model.Trip.uuid == jiangsu)
        ).first()
        assert meeting is not None
        session.add(
            model.CalendarLink(
                meeting_id=meeting.id,
                trip_id=meeting.trip_id,
                uid="040000008200E00074C5B7101A82E008@example.com",
                recurrence="20240501T080000Z",
                sequence=4,
            )
        )


@pytest.fixture
def other_engine(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """An empty place for a store on the engine the test's store is not on."""
    if engine == "postgresql":
        return str(tmp_path / "copy.sqlite")
    return str(request.getfixturevalue("pg_database"))


def test_a_store_is_copied_to_the_other_engine_and_back_losslessly(
    st: store.Store, other_engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    fill(st)
    original = dumps.rows(st)
    empty = sorted(name for name, found in original.items() if not found)
    assert empty == sorted(EMPTY_IN_EXAMPLES)

    result = copy_store(st, other_engine)
    assert result.rows == {name: len(found) for name, found in original.items()}
    assert dumps.rows(other_engine) == original

    if st.engine_name == "sqlite":
        back: str = str(tmp_path / "back.sqlite")
    else:
        back = str(request.getfixturevalue("pg_database"))
    with store.open_store(other_engine) as copied:
        copy_store(copied, back)
    assert dumps.rows(back) == original


def test_versions_and_times_come_over_as_they_are(st: store.Store, other_engine: str) -> None:
    fill(st)
    with st.session() as session:
        before = session.execute(
            select(model.Meeting.uuid, model.Meeting.version, model.Meeting.modified)
        ).all()
    assert max(version for _, version, _ in before) == 3
    copy_store(st, other_engine)
    with store.open_store(other_engine) as copied, copied.session() as session:
        after = session.execute(
            select(model.Meeting.uuid, model.Meeting.version, model.Meeting.modified)
        ).all()
    assert sorted(after) == sorted(before)


def test_the_copy_takes_new_rows_after_the_copied_ids(st: store.Store, other_engine: str) -> None:
    fill(st)
    copy_store(st, other_engine)
    with store.open_store(other_engine) as copied:
        with copied.session() as session:
            largest = session.scalar(select(func.max(model.Trip.id)))
        with copied.transaction() as session:
            new = trips.import_trip(session, NANSHAN).id
    assert largest is not None and new > largest


def test_a_target_holding_data_is_refused_and_left_as_it_was(
    st: store.Store, other_engine: str
) -> None:
    fill(st)
    with store.open_store(other_engine) as target, target.transaction() as session:
        trips.import_trip(session, JIANGSU)
    before = dumps.rows(other_engine)
    with pytest.raises(store.StoreError, match="not empty"):
        copy_store(st, other_engine)
    assert dumps.rows(other_engine) == before


def test_copy_store_on_the_command_line(
    store_path: Path, other_engine: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with store.open_store(store_path) as st:
        fill(st)
    code = cli.main(["copy-store", str(store_path), other_engine])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert out.startswith("copied ") and out.rstrip().endswith(f"to {other_engine}")
    assert dumps.rows(other_engine) == dumps.rows(store_path)

    code = cli.main(["copy-store", str(store_path), other_engine])
    assert code == 2
    assert "not empty" in capsys.readouterr().err


def test_a_password_on_the_command_line_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql://planner:secret@db.example/office"
    for args in (["--store", url, "trips"], ["copy-store", str(tmp_path / "a.sqlite"), url]):
        assert cli.main(args) == 2
        err = capsys.readouterr().err
        assert "PGPASSWORD or ~/.pgpass" in err
        assert "secret" not in err
    assert not (tmp_path / "a.sqlite").exists()


@pytest.mark.postgresql_only
def test_a_backup_of_a_postgresql_store_is_a_sqlite_file(st: store.Store, tmp_path: Path) -> None:
    fill(st)
    target = backup(st, tmp_path / "backup.sqlite")
    assert dumps.rows(target) == dumps.rows(st)
