"""Erasing a person everywhere (GDPR Art. 17) and exporting what is stored on them (Art. 15)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, update

from planner import calendar_ics, editing, history, model, store
from planner.directory import listing, privacy
from planner.editing.registry import editor_for
from planner.errors import NotFound
from planner.records import MeetingRecord
from tests.core.directory_fixtures import dump, office_store, uuid_of


@pytest.fixture
def office(empty_store: Path) -> Iterator[store.Store]:
    with office_store(empty_store) as opened:
        yield opened


def mention_anna(st: store.Store) -> None:
    """Free text naming Anna Becker in three ways: full name, honorific, e-mail."""
    with st.transaction() as session:
        first = session.scalars(select(model.Meeting.id).order_by(model.Meeting.id)).first()
        session.execute(
            update(model.Meeting)
            .where(model.Meeting.id == first)
            .values(notes="Ask Anna Becker about the MoU.", title="Lunch")
        )
        session.execute(
            update(model.Trip).where(model.Trip.id == 1).values(purpose="Dr. Becker joins us.")
        )
        session.execute(
            update(model.Person)
            .where(model.Person.family_name == "Wong")
            .values(notes="Copy anna.becker@example.com on all mails")
        )


def test_the_preview_says_what_erasure_removes_and_leaves(office: store.Store) -> None:
    anna = uuid_of(office, "Becker")
    mention_anna(office)
    with office.session() as session:
        preview = privacy.erasure_preview(session, anna)
    assert preview.label == "Anna Becker"
    # She attends two meetings, both at the Frankfurt branch venue.
    assert preview.removed == {
        "person": 1,
        "trip_person": 1,
        "branch_attendee": 2,
        "agreement_signatory": 1,
    }
    assert preview.mentions == (
        "Person 'Wong', notes",
        "Trip 'Nanshan economic and trade delegation to Germany', purpose",
        "Meeting 'Lunch', notes",
    )
    assert preview.cleared == {}


def test_erasure_removes_the_person_and_every_row_naming_them(
    office: store.Store, store_path: Path
) -> None:
    anna = uuid_of(office, "Becker")
    with office.session() as session:
        preview = privacy.erasure_preview(session, anna)
    with office.transaction() as session:
        erased = privacy.erase_person(session, anna)
    privacy.checkpoint(office.engine)
    assert erased == preview
    with office.session() as session:
        assert anna not in {e.uuid for e in listing.people(session)}
        with pytest.raises(NotFound):
            privacy.erase_person(session, anna)
    text = "\n".join(dump(store_path))
    assert anna not in text
    assert "anna.becker@example.com" not in text
    if office.engine_name != "sqlite":
        return  # PostgreSQL's files are the server's; VACUUM reclaims the dead rows there
    # secure_delete overwrote the freed cells: the address is gone from the file itself.
    raw = store_path.read_bytes()
    wal = store_path.with_name(store_path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert b"anna.becker@example.com" not in raw
    assert anna.encode() not in raw


def test_erasure_clears_references_and_the_persons_own_calendar(office: store.Store) -> None:
    xu = uuid_of(office, "Xu")
    with office.transaction() as session:
        trip = session.scalars(select(model.Trip.uuid).where(model.Trip.id == 2)).one()
        exported = calendar_ics.export_calendar(
            session, trip, calendar_ics.ExportOptions(person_uuid=xu)
        )
    assert exported.events > 0
    with office.session() as session:
        kept = session.scalars(
            select(model.CalendarExport.id).where(model.CalendarExport.audience == xu)
        ).all()
    with office.transaction() as session:
        erased = privacy.erase_person(session, xu)
        owners = session.scalars(select(model.FollowUp.owner_id)).all()
    assert erased.cleared == {"follow_up.owner_id": 1}
    assert erased.removed["calendar_export"] == len(kept) > 0
    assert erased.removed["delegation_member"] == 1
    assert None in owners


def test_personal_data_holds_everything_linked_to_the_person(
    office: store.Store, tmp_path: Path
) -> None:
    chen = uuid_of(office, "Chen")
    out = tmp_path / "chen.json"
    with office.session() as session:
        privacy.write_personal_data(session, chen, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["about"] == "Chen Jing (陈静)"
    assert data["person"]["uuid"] == chen
    assert data["person"]["native_name"] == "陈静"
    assert data["person"]["organization"]["name"] == "Nanshan District Government of Shenzhen"
    assert "id" not in data["person"] and "organization_id" not in data["person"]
    meetings = data["links"]["meeting_attendee"]
    assert len(meetings) == 5
    assert all(m["meeting"]["title"] and m["meeting"]["start"] for m in meetings)
    assert data["links"]["delegation_member"][0]["role"] == "interpreter"
    assert data["links"]["trip_person"][0]["trip"]["title"].startswith("Nanshan")
    assert out.read_text(encoding="utf-8").startswith('{\n  "about"')


def test_personal_data_of_someone_unknown_writes_no_file(
    office: store.Store, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with office.session() as session, pytest.raises(NotFound):
        privacy.write_personal_data(
            session, "00000000-0000-4000-8000-000000000000", folder / "nobody.json"
        )
    assert list(folder.iterdir()) == []


def test_erasure_scrubs_the_persons_name_from_old_and_new_values_in_the_history(
    office: store.Store,
) -> None:
    """The change log keeps what an edit changed from and to; where that named the erased
    person (a note, a title), the value and label go, and the rest of the history stays."""
    anna = uuid_of(office, "Becker")
    with office.session() as session:
        meeting = session.scalars(select(model.Meeting.uuid).order_by(model.Meeting.id)).first()
    assert meeting is not None
    for changes in (
        {"notes": "Ask Anna Becker about the MoU.", "title": "Dinner with Dr. Becker"},
        {"notes": "Asked.", "title": "Dinner"},
        {"title": "Talks"},
    ):
        with office.transaction() as session:
            record, version = editor_for(MeetingRecord).read_versioned(session, meeting)
            editing.update(session, meeting, replace(record, **changes), expected_version=version)
    with office.session() as session:
        logged = json.dumps(session.scalars(select(model.ChangeLog.changes)).all())
    assert "Anna Becker" in logged  # what the erasure has to clear

    with office.transaction() as session:
        privacy.erase_person(session, anna)
    with office.session() as session:
        rows = session.execute(select(model.ChangeLog.label, model.ChangeLog.changes)).all()
        talks = history.of_object(session, meeting)[0]
    text = json.dumps([list(row) for row in rows], ensure_ascii=False)
    assert "Becker" not in text and "anna" not in text.casefold()
    assert talks.changes["title"] == {"old": "Dinner", "new": "Talks"}
