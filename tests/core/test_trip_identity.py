"""Identity travels with the trip: a trip file carries uids, so a trip moved between two
offices' stores keeps its calendar's UIDs, and a file the store holds already is refused,
imported as a copy, or applied as an update whose changed events get a higher SEQUENCE."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import icalendar
import pytest
from sqlalchemy import func, select

from planner import cli, editing, model, records, snapshots, store
from planner.editing.registry import editor_for
from tests import dumps
from tests.conftest import JIANGSU, NANSHAN

Document = dict[str, Any]
NEW_TRIP = "6a1c2b3d-0000-4000-8000-00000000abcd"


def run(args: list[Any], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def calendar(
    location: Path | str, trip: str, path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, icalendar.cal.Component]:
    """The trip's internal calendar with lodging and follow-ups, by UID."""
    code, _out, err = run(
        ["--store", location, "ics", trip, "-o", path, "--edition", "internal", "--lodging"],
        capsys,
    )
    assert code == 0, err
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(c["UID"]): c for c in parsed.walk() if c.name in ("VEVENT", "VTODO")}


def exported(
    location: Path | str, trip: str, path: Path, capsys: pytest.CaptureFixture[str]
) -> Document:
    code, _out, err = run(["--store", location, "export", trip, "-o", path], capsys)
    assert code == 0, err
    loaded: Document = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def imported(
    location: Path | str, path: Path, capsys: pytest.CaptureFixture[str], *options: str
) -> tuple[str, list[str]]:
    """The trip's id the import printed last, and every line it printed."""
    code, out, err = run(["--store", location, "import", *options, path], capsys)
    assert code == 0, err
    lines = out.splitlines()
    return lines[-1], lines


def forget_uids(document: Document, keep: tuple[str, ...]) -> None:
    """Leave out the uids of the trip's objects except those of the lists in ``keep``."""
    for name in ("delegation", "stops", "transfers", "meetings", "gifts"):
        for data in document.get(name) or []:
            if name not in keep:
                data.pop("uid", None)
            for inner in ("branch_venues", "follow_ups"):
                for item in data.get(inner) or []:
                    item.pop("uid", None)
            if isinstance(data.get("agreement"), dict):
                data["agreement"].pop("uid", None)


def write(path: Path, document: Document) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def count(location: Path | str, entity: type[model.Base]) -> int:
    with store.open_store(location) as st, st.session() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def test_a_trip_moved_between_two_stores_keeps_every_uid_of_its_calendar(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trip, _ = imported(store_path, JIANGSU, capsys)
    here = calendar(store_path, trip, tmp_path / "here.ics", capsys)
    document = exported(store_path, trip, tmp_path / "sent.trip.json", capsys)
    partner = tmp_path / "partner.sqlite"
    there_trip, _ = imported(partner, tmp_path / "sent.trip.json", capsys)
    there = calendar(partner, there_trip, tmp_path / "there.ics", capsys)

    assert len(here) >= 4  # meetings, the stop's lodging days, follow-ups
    assert set(there) == set(here)
    # And the file the partner sends back is the trip as it left.
    assert exported(partner, there_trip, tmp_path / "back.trip.json", capsys) == document


def test_importing_a_trip_the_store_holds_is_refused_naming_it_and_changes_nothing(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trip, _ = imported(store_path, NANSHAN, capsys)
    exported(store_path, trip, tmp_path / "trip.trip.json", capsys)
    before = dumps.dump(store_path)

    code, out, err = run(["--store", store_path, "import", tmp_path / "trip.trip.json"], capsys)

    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1
    assert f"already holds the trip {trip} 'Nanshan economic and trade delegation" in err
    assert "--as-copy" in err and "--update" in err
    assert dumps.dump(store_path) == before


def test_as_copy_gives_a_second_trip_with_new_uids_and_the_same_people(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trip, _ = imported(store_path, NANSHAN, capsys)
    first = calendar(store_path, trip, tmp_path / "first.ics", capsys)
    exported(store_path, trip, tmp_path / "trip.trip.json", capsys)
    people = count(store_path, model.Person)

    copy, lines = imported(store_path, tmp_path / "trip.trip.json", capsys, "--as-copy")

    assert copy != trip
    assert lines[-2].startswith(
        "imported 'Nanshan economic and trade delegation to Germany (copy)'"
    )
    second = calendar(store_path, copy, tmp_path / "second.ics", capsys)
    assert len(second) == len(first)
    assert not set(second) & set(first)
    assert count(store_path, model.Person) == people


def test_update_changes_a_meeting_in_place_raises_its_sequence_and_one_undo_restores(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trip, _ = imported(store_path, JIANGSU, capsys)
    before_events = calendar(store_path, trip, tmp_path / "before.ics", capsys)
    document = exported(store_path, trip, tmp_path / "trip.trip.json", capsys)
    store_before = dumps.dump(store_path)
    with store.open_store(store_path) as st, st.session() as session:
        trip_row = editing.get(session, model.Trip, document["trip"]["uid"])
        snapshot = snapshots.capture(session, "trip", [trip_row.id])
    moved, removed = document["meetings"]
    moved["start"], moved["end"] = "2022-07-07T10:00", "2022-07-07T11:30"
    document.pop("gifts", None)  # the gifts of the removed meeting go with it
    document["meetings"] = [moved]

    again, lines = imported(
        store_path, write(tmp_path / "changed.trip.json", document), capsys, "--update"
    )

    assert again == trip
    assert lines[-2].startswith("imported 'Jiangsu-Germany Dialogue 2022")
    assert ", 1 meeting, " in lines[-2]
    after_events = calendar(store_path, trip, tmp_path / "after.ics", capsys)
    moved_uid = f"{moved['uid']}@"
    (uid,) = [u for u in after_events if u.startswith(moved_uid)]
    assert uid in before_events  # the same event, changed in place
    assert int(after_events[uid]["SEQUENCE"]) == int(before_events[uid]["SEQUENCE"]) + 1
    assert after_events[uid].decoded("DTSTART").hour == 10
    (gone,) = [u for u in after_events if u.startswith(f"{removed['uid']}@")]
    assert str(after_events[gone]["STATUS"]) == "CANCELLED"
    assert count(store_path, model.Trip) == 1
    with store.open_store(store_path) as st, st.session() as session:
        entries = session.scalars(
            select(model.ChangeLog.action).where(
                model.ChangeLog.trip_uuid == document["trip"]["uid"]
            )
        ).all()
    assert list(entries) == ["import", "import"]  # the first import, and the update: one change

    # Undone as the window undoes it (ui.commands.TripChangeCommand): the trip put back from
    # the snapshot taken before; the calendar's record goes back with it.
    with store.open_store(store_path) as st, st.transaction() as session:
        editor_for(records.TripRecord).remove(session, document["trip"]["uid"])
        snapshots.restore(session, snapshot)
    assert dumps.dump(store_path) == store_before


def test_a_person_the_store_holds_is_linked_and_kept_as_the_directory_has_it(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trip, _ = imported(store_path, JIANGSU, capsys)
    document = exported(store_path, trip, tmp_path / "trip.trip.json", capsys)
    person = document["people"][0]
    stored_position = person.get("position")
    person["position"] = "Retired"
    document["trip"]["uid"] = NEW_TRIP  # another trip with the same people
    forget_uids(document, keep=())
    people = count(store_path, model.Person)

    _, lines = imported(store_path, write(tmp_path / "other.trip.json", document), capsys)

    assert any(
        line.startswith("people[0]: ") and "kept as it is there" in line and "position" in line
        for line in lines
    ), lines
    assert count(store_path, model.Person) == people
    with store.open_store(store_path) as st, st.session() as session:
        position = session.scalars(
            select(model.Person.position).where(model.Person.uuid == person["uid"])
        ).one()
    assert position == stored_position


@pytest.mark.parametrize(
    "case",
    [
        (lambda d: d["meetings"][1].update(uid="not-a-uuid"), "meetings[1].uid", "is not a UUID"),
        (
            lambda d: d["meetings"][1].update(uid=d["stops"][0]["uid"]),
            "meetings[1].uid",
            "is already the uid of stops[0]",
        ),
    ],
    ids=["not-a-uuid", "twice"],
)
def test_a_bad_uid_is_refused_naming_its_place_and_the_store_is_unchanged(
    case: tuple[Any, str, str],
    store_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    trip, _ = imported(store_path, JIANGSU, capsys)
    document = exported(store_path, trip, tmp_path / "trip.trip.json", capsys)
    change, place, message = case
    change(document)
    before = dumps.dump(store_path)

    code, _out, err = run(
        ["--store", store_path, "import", "--update", write(tmp_path / "bad.trip.json", document)],
        capsys,
    )

    assert code == 2
    assert f"{place}: " in err and message in err
    assert dumps.dump(store_path) == before


def test_a_meeting_of_another_trip_is_refused_naming_its_place(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trip, _ = imported(store_path, JIANGSU, capsys)
    document = exported(store_path, trip, tmp_path / "trip.trip.json", capsys)
    document["trip"]["uid"] = NEW_TRIP  # a new trip ...
    forget_uids(document, keep=("meetings",))
    before = dumps.dump(store_path)

    code, _out, err = run(
        ["--store", store_path, "import", write(tmp_path / "mixed.trip.json", document)], capsys
    )

    assert code == 2  # ... holding meetings the store has in the first one
    assert "mixed.trip.json: meetings[0].uid: " in err and "of another trip in this store" in err
    assert dumps.dump(store_path) == before


def test_update_needs_a_file_that_names_a_stored_trip(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trip, _ = imported(store_path, JIANGSU, capsys)
    document = exported(store_path, trip, tmp_path / "trip.trip.json", capsys)
    document["trip"]["uid"] = NEW_TRIP
    before = dumps.dump(store_path)

    for path, message in [
        (JIANGSU, "trip.uid: the file names no trip to update"),
        (
            write(tmp_path / "other.trip.json", document),
            f"holds no trip with the file's uid {NEW_TRIP}",
        ),
    ]:
        code, out, err = run(["--store", store_path, "import", "--update", path], capsys)
        assert (code, out) == (2, "")
        assert message in err and len(err.splitlines()) == 1
    assert dumps.dump(store_path) == before
