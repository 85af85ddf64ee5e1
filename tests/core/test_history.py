"""The change log: who changed what and when, per trip and per object, in the change's
transaction; cheap enough to poll for colleagues' changes."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from planner import editing, history, model, snapshots, store, trips
from planner.directory import merging, privacy
from planner.editing.registry import editor_for
from planner.records import MeetingRecord, PersonRecord
from tests.conftest import NANSHAN
from tests.core.directory_fixtures import office_store, uuid_of


@pytest.fixture
def trip(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, NANSHAN).uuid


def first_meeting(st: store.Store) -> str:
    with st.session() as session:
        return session.scalars(select(model.Meeting.uuid).order_by(model.Meeting.id)).first() or ""


def entries(st: store.Store) -> int:
    with st.session() as session:
        return int(session.scalar(select(func.count()).select_from(model.ChangeLog)) or 0)


def test_importing_a_trip_is_one_entry_not_one_per_row(st: store.Store, trip: str) -> None:
    with st.session() as session:
        (change,) = history.of_trip(session, trip)
    assert (change.action, change.table, change.object_uuid) == ("import", "trip", trip)
    assert change.label == "Nanshan economic and trade delegation to Germany"
    assert entries(st) == 1


def test_an_edit_says_who_when_and_which_fields(st: store.Store, trip: str, engine: str) -> None:
    meeting = first_meeting(st)
    with st.transaction() as session:
        before, version = editor_for(MeetingRecord).read_versioned(session, meeting)
        editing.update(
            session,
            meeting,
            replace(before, title="Talks", notes="New notes", attendees=before.attendees[:1]),
            expected_version=version,
        )
    with st.session() as session:
        newest, *older = history.of_trip(session, trip)
        assert history.of_object(session, meeting) == [newest]
    assert older[-1].action == "import"
    assert newest.action == "update"
    assert newest.table == "meeting"
    assert newest.label == "Talks"
    assert set(newest.fields) == {"title", "notes", "attendees"}
    assert newest.at.tzinfo is not None
    with st.engine.connect() as connection:
        user = (
            connection.exec_driver_sql("SELECT current_user").scalar()
            if engine != "sqlite"
            else None
        )
    assert newest.who == (user or getpass.getuser())


def test_a_delete_and_its_undo_are_in_the_history(st: store.Store, trip: str) -> None:
    meeting = first_meeting(st)
    with st.transaction() as session:
        snapshot = editor_for(MeetingRecord).remove(session, meeting)
    with st.transaction() as session:
        snapshots.restore(session, snapshot)
    with st.session() as session:
        changes = history.of_object(session, meeting)
    assert [(c.action, c.trip_uuid) for c in changes] == [("restore", trip), ("delete", trip)]


def test_a_new_meeting_and_a_new_contact_belong_to_the_trip(st: store.Store, trip: str) -> None:
    with st.session() as session:
        meeting = editor_for(MeetingRecord).read(session, first_meeting(st))
    with st.transaction() as session:
        added = editing.create(session, trip, replace(meeting, title="Dinner"))
        person = editing.create(session, trip, PersonRecord(family_name="Keller"))
    with st.session() as session:
        changes = {(c.action, c.table, c.label) for c in history.of_trip(session, trip)}
        (dinner,) = history.of_object(session, added)
        (keller,) = history.of_object(session, person)
    assert ("create", "meeting", "Dinner") in changes
    assert ("create", "person", "Keller") in changes
    assert ("update", "trip", "Nanshan economic and trade delegation to Germany") in changes
    assert dinner.action == keller.action == "create"


def test_what_is_rolled_back_leaves_no_entry(st: store.Store, trip: str) -> None:
    meeting = first_meeting(st)
    before = entries(st)
    with pytest.raises(RuntimeError), st.transaction() as session:
        record = editor_for(MeetingRecord).read(session, meeting)
        editing.update(session, meeting, replace(record, title="Never saved"))
        raise RuntimeError("the user's action failed half-way")
    assert entries(st) == before


def test_only_the_stores_own_sessions_write_entries(st: store.Store, trip: str) -> None:
    # The listener sits on the store's session factory, not on every Session of the process:
    # a session another library or tool makes on the same engine writes no entries.
    meeting = first_meeting(st)
    before = entries(st)
    with Session(st.engine) as session, session.begin():
        row = session.scalars(select(model.Meeting).where(model.Meeting.uuid == meeting)).one()
        row.title = "Changed behind the history's back"
    assert entries(st) == before
    with st.transaction() as session:
        record = editor_for(MeetingRecord).read(session, meeting)
        editing.update(session, meeting, replace(record, title="Changed in the history"))
    assert entries(st) == before + 1


def test_a_window_sees_only_its_colleagues_changes(store_path: Path, trip: str) -> None:
    meeting = None
    with store.open_store(store_path) as mine, store.open_store(store_path) as theirs:
        assert history.origin(mine.engine) != history.origin(theirs.engine)
        with mine.session() as session:
            seen = history.latest_id(session)
        meeting = first_meeting(mine)
        for st, title in ((mine, "Mine"), (theirs, "Theirs")):
            with st.transaction() as session:
                record = editor_for(MeetingRecord).read(session, meeting)
                editing.update(session, meeting, replace(record, title=title))
        with mine.session() as session:
            assert history.latest_id(session) == seen + 2
            changes = history.changes_since(
                session, seen, exclude_origin=history.origin(mine.engine)
            )
    assert [(c.label, c.trip_uuid) for c in changes] == [("Theirs", trip)]


def test_a_duplicated_trip_is_one_entry(st: store.Store, trip: str) -> None:
    import datetime as dt

    before = entries(st)
    with st.transaction() as session:
        copy = editing.duplicate_trip(
            session, trips.find_trip_id(session, trip), dt.date(2025, 5, 5), "Again"
        )
        copy_uuid = copy.uuid
    assert entries(st) == before + 1
    with st.session() as session:
        (change,) = history.of_trip(session, copy_uuid)
    assert (change.action, change.label) == ("create", "Again")


@pytest.fixture
def office(empty_store: Path) -> Iterator[store.Store]:
    with office_store(empty_store) as opened:
        yield opened


def test_an_erased_person_leaves_no_name_in_the_history(office: store.Store) -> None:
    anna = uuid_of(office, "Becker")
    with office.transaction() as session:
        record = editor_for(PersonRecord).read(session, anna)
        editing.update(session, anna, replace(record, position="Head of protocol"))
    with office.session() as session:
        assert history.of_object(session, anna)[0].label == "Anna Becker"
    with office.transaction() as session:
        privacy.erase_person(session, anna)
    with office.session() as session:
        labels = session.scalars(select(model.ChangeLog.label)).all()
        newest = history.changes_since(session, 0)[-1]
    assert not [label for label in labels if label and "Becker" in label]
    assert (newest.action, newest.object_uuid, newest.label) == ("erase", None, None)


def test_a_merge_is_in_both_peoples_history(office: store.Store) -> None:
    li, chen = uuid_of(office, "Li", "Wei"), uuid_of(office, "Chen")
    with office.transaction() as session:
        merging.merge_people(session, li, chen)
    with office.session() as session:
        (kept,) = history.of_object(session, li)[:1]
        (dropped,) = history.of_object(session, chen)[:1]
    assert kept.action == dropped.action == "merge"
    assert kept.label == dropped.label


def test_a_store_of_the_previous_schema_is_upgraded_keeping_its_trips(
    store_path: Path, engine: str, tmp_path: Path
) -> None:
    """Migration 0003 adds the change log to a 0002 store; its trips stay as they were."""
    with store.open_store(store_path) as st:
        with st.transaction() as session:
            trips.import_trip(session, NANSHAN)
        with st.engine.begin() as connection:
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
        assert store.schema_revision(st) == "0002"
    if engine == "sqlite":
        shutil.copy(store_path, tmp_path / "0002.sqlite")
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0002"
        assert store.schema_revision(st) == store.head_revision()
        with st.session() as session:
            summaries = trips.list_trips(session)
            assert [(t.title, t.meetings) for t in summaries] == [
                ("Nanshan economic and trade delegation to Germany", 5)
            ]
            assert history.latest_id(session) == 0
        meeting = first_meeting(st)
        with st.transaction() as session:
            record = editor_for(MeetingRecord).read(session, meeting)
            editing.update(session, meeting, replace(record, title="After the upgrade"))
        with st.session() as session:
            assert history.of_object(session, meeting)[0].label == "After the upgrade"


def _logged(st: store.Store, id_: int, label: str) -> None:
    """A change-log row with a chosen id, as a transaction that took its id earlier but
    committed later leaves it."""
    with st.transaction() as session:
        session.add(
            model.ChangeLog(
                id=id_, who="anna", origin="colleague", action="update", table_name="meeting",
                label=label,
            )
        )  # fmt: skip


def test_a_poll_gets_a_change_committed_after_a_newer_one(st: store.Store) -> None:
    with st.session() as session:
        cursor = history.cursor_at_end(session)
    start = cursor.seen
    _logged(st, start + 2, "committed first")  # id start+1 is still in an open transaction
    with st.session() as session:
        assert [c.label for c in history.poll(session, cursor, now=0.0)] == ["committed first"]
        assert history.poll(session, cursor, now=1.0) == []
    _logged(st, start + 1, "committed second")
    with st.session() as session:
        assert [c.label for c in history.poll(session, cursor, now=2.0)] == ["committed second"]
        assert cursor.gaps == {}


def test_a_gap_that_never_fills_is_given_up_after_a_while(st: store.Store) -> None:
    with st.session() as session:
        cursor = history.cursor_at_end(session)
    _logged(st, cursor.seen + 3, "after a rolled-back id")
    with st.session() as session:
        history.poll(session, cursor, now=0.0)
        assert len(cursor.gaps) == 2
        history.poll(session, cursor, now=history.GAP_SECONDS + 1)
        assert cursor.gaps == {}


def test_a_poll_leaves_out_its_own_changes_but_moves_past_them(st: store.Store) -> None:
    with st.session() as session:
        cursor = history.cursor_at_end(session)
    _logged(st, cursor.seen + 1, "mine")
    with st.session() as session:
        assert history.poll(session, cursor, exclude_origin="colleague", now=0.0) == []
        assert cursor.gaps == {} and history.poll(session, cursor, now=1.0) == []


@pytest.mark.postgresql_only
def test_a_commit_is_announced_to_listeners_and_a_rollback_is_not(
    st: store.Store, trip: str
) -> None:
    """A window LISTENs instead of waiting for its next poll: the notification comes with the
    commit, names the writing store (so a window can skip its own), and never comes for a
    transaction that was rolled back."""
    import psycopg

    url = st.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    uuid = first_meeting(st)
    with psycopg.connect(url, autocommit=True) as listener:
        listener.execute(f"LISTEN {history.CHANNEL}")
        with pytest.raises(RuntimeError), st.transaction() as session:
            record, version = editor_for(MeetingRecord).read_versioned(session, uuid)
            editing.update(session, uuid, replace(record, notes="x"), expected_version=version)
            raise RuntimeError("the user's transaction fails after writing")
        assert list(listener.notifies(timeout=0.5)) == []
        with st.transaction() as session:
            record, version = editor_for(MeetingRecord).read_versioned(session, uuid)
            editing.update(session, uuid, replace(record, notes="y"), expected_version=version)
            assert list(listener.notifies(timeout=0.2)) == []  # not before the commit
        (note,) = listener.notifies(timeout=5, stop_after=1)
    assert note.channel == history.CHANNEL
    assert note.payload == history.origin(st.engine)


def _edit_meeting(st: store.Store, uuid: str, **changes: object) -> history.Change:
    with st.transaction() as session:
        before, version = editor_for(MeetingRecord).read_versioned(session, uuid)
        editing.update(session, uuid, replace(before, **changes), expected_version=version)
    with st.session() as session:
        return history.of_object(session, uuid)[0]


def test_an_edit_keeps_old_and_new_values_with_the_zone_of_a_time(
    st: store.Store, trip: str
) -> None:
    meeting = first_meeting(st)
    with st.session() as session:
        before = editor_for(MeetingRecord).read(session, meeting)
        zone = session.scalars(
            select(model.Meeting.timezone).where(model.Meeting.uuid == meeting)
        ).one()
    later = before.start + dt.timedelta(minutes=90)
    change = _edit_meeting(st, meeting, title="Talks with Siemens", start=later)
    assert change.changes["title"] == {"old": before.title, "new": "Talks with Siemens"}
    assert change.changes["start"] == {
        "old": before.start.astimezone(dt.UTC).isoformat(),
        "new": later.astimezone(dt.UTC).isoformat(),
        "zone": zone,
    }
    assert set(change.changes) == {"title", "start"} == set(change.fields)


def test_long_texts_are_kept_cut_short(st: store.Store, trip: str) -> None:
    change = _edit_meeting(st, first_meeting(st), notes="Lang " * 1000)
    kept = change.changes["notes"]["new"]
    assert len(kept) == history.KEPT_CHARS and kept.endswith("…")


def test_no_personal_private_or_booking_value_is_copied_into_the_log(
    st: store.Store, trip: str
) -> None:
    """The log keeps values only where it copies nothing the store would not show anyway: a
    person's former address or telephone, a private note, a booking reference or who a host
    was (another row, a person) are named as changed fields but have no values."""
    meeting = first_meeting(st)
    with st.session() as session:
        record = editor_for(MeetingRecord).read(session, meeting)
        person = record.attendees[0]
        who = editor_for(PersonRecord).read(session, person)
        other = session.scalars(
            select(model.Organization.uuid).where(model.Organization.uuid != record.host)
        ).first()
    change = _edit_meeting(
        st, meeting, private_notes="Passport C01X00T47", host=other, title="Kept"
    )
    assert {"private_notes", "host", "title"} <= set(change.fields)
    assert set(change.changes) == {"title"}
    with st.transaction() as session:
        editing.update(
            session, person, replace(who, email="new@example.com", phone="+49 30 1234567")
        )
    with st.session() as session:
        personal = history.of_object(session, person)[0]
        stored = session.scalars(select(model.ChangeLog.changes)).all()
    assert {"email", "phone"} <= set(personal.fields)
    assert personal.changes == {}
    text = json.dumps(stored)
    assert "C01X00T47" not in text and "new@example.com" not in text
    assert (who.email or "@") not in text


def test_entries_from_before_the_values_were_kept_show_fields_only(
    store_path: Path, engine: str
) -> None:
    """Migration 0005 adds the values to a 0004 store's log; its entries stay, without them."""
    with store.open_store(store_path) as st:
        with st.transaction() as session:
            trips.import_trip(session, NANSHAN)
        meeting = first_meeting(st)
        _edit_meeting(st, meeting, title="Before the upgrade")
        with st.engine.begin() as connection:
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0004")
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0004"
        with st.session() as session:
            old = history.of_object(session, meeting)[0]
        assert (old.label, old.fields, old.changes) == ("Before the upgrade", ("title",), {})
        new = _edit_meeting(st, meeting, title="After the upgrade")
        assert new.changes["title"] == {"old": "Before the upgrade", "new": "After the upgrade"}
