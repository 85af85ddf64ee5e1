"""Transfers as they are booked: airports, terminals, seats, travellers, and the legs from
home and back, through the store, the editors and the migration."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import icalendar
import pytest
from alembic import command
from sqlalchemy import select

from planner import (
    calendar_ics,
    checks,
    cli,
    editing,
    localtime,
    model,
    queries,
    schedule,
    store,
    trips,
)
from planner.calendar_ics.events import ExportOptions
from planner.directory import privacy
from planner.editing.registry import editor_for
from planner.records import TransferRecord
from tests import dumps
from tests.conftest import NANSHAN, needs_tool
from tests.core.test_briefing import add_trip, flat, pdftotext
from tests.core.test_briefing_book import build
from tests.core.tripdocs import through_another_store


@pytest.mark.sqlite_only  # downgrades a file; the upgrade is the same SQL on PostgreSQL
def test_a_store_from_before_0009_keeps_its_transfers_between_stops(store_path: Path) -> None:
    with store.open_store(store_path) as st, st.transaction() as session:
        trips.import_trip(session, NANSHAN)
        before = [
            (t.uuid, t.from_stop_id, t.to_stop_id) for t in session.scalars(select(model.Transfer))
        ]
    engine = store._engine(store_path, foreign_keys=False)
    with engine.begin() as connection:
        config = store.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    engine.dispose()
    with sqlite3.connect(store_path) as raw:
        columns = {row[1]: row[3] for row in raw.execute("PRAGMA table_info(transfer)")}
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
    raw.close()
    assert "seat" not in columns and columns["from_stop_id"] == 1  # NOT NULL again
    assert "transfer_traveller" not in tables
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0008"
        with st.session() as session:
            transfers = session.scalars(select(model.Transfer).order_by(model.Transfer.id)).all()
            assert [(t.uuid, t.from_stop_id, t.to_stop_id) for t in transfers] == before
            assert {(t.from_place, t.seat, t.travel_class) for t in transfers} == {
                (None, None, None)
            }
            assert all(t.traveller_links == [] for t in transfers)


def home_legs() -> dict[str, Any]:
    """The Nanshan trip flown from home and back as booked: the stops at home are gone, the
    first leg leaves Shenzhen's airport and the last one lands there."""
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    document["stops"] = [s for s in document["stops"] if not s["key"].startswith("szx")]
    first, *middle, last = document["transfers"]
    del first["from"], last["to"]
    first.update(
        from_place="SZX",
        to_place="FRA",
        to_terminal="1",
        **{"class": "business"},
        travellers=["li-head", {"person": "wong", "seat": "3A", "reference": "XYZ789"}],
    )
    last.update(from_place="MUC", from_terminal="2", to_place="SZX", seat="2K")
    document["transfers"] = [first, *middle, last]
    return document


def write(tmp_path: Path, document: dict[str, Any], name: str = "home.trip.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_legs_from_and_to_home_are_read_in_their_airports_zones(
    st: store.Store, tmp_path: Path
) -> None:
    with st.transaction() as session:
        trip = trips.import_trip(session, write(tmp_path, home_legs()))
        uuid = trip.uuid
    with st.session() as session:
        out, *_, back = session.scalars(select(model.Transfer).order_by(model.Transfer.position))
        assert (out.from_stop, out.from_place, out.to_stop.city) == (
            None,
            "SZX",
            "Frankfurt am Main",
        )
        assert (out.depart_timezone, out.arrive_timezone) == ("Asia/Shanghai", "Europe/Berlin")
        # 23:55 in Shenzhen is 15:55 UTC; 06:40 in Frankfurt (summer) is 04:40 UTC.
        assert out.depart == dt.datetime(2024, 6, 15, 15, 55, tzinfo=dt.UTC)
        assert out.arrive == dt.datetime(2024, 6, 16, 4, 40, tzinfo=dt.UTC)
        assert (out.to_terminal, out.travel_class) == ("1", "business")
        assert [(t.person.family_name, t.seat, t.reference) for t in out.traveller_links] == [
            ("Li", None, None),
            ("Wong", "3A", "XYZ789"),
        ]
        assert (back.to_stop, back.to_place, back.arrive_timezone, back.seat) == (
            None, "SZX", "Asia/Shanghai", "2K",
        )  # fmt: skip
        rows = queries.itinerary_rows(session, uuid)
    assert [r.label for r in rows][:2] == [
        "Flight EX 123 Shenzhen (SZX) → Frankfurt am Main",
        "Frankfurt am Main",
    ]
    assert rows[-1].label == "Flight EX 456 Munich → Shenzhen (SZX)"
    assert rows[-1].from_terminal == "2" and rows[-1].to_stop_uuid is None


def test_a_trip_with_home_legs_and_travellers_is_written_as_it_was_read(
    st: store.Store, tmp_path: Path
) -> None:
    source = home_legs()
    with st.transaction() as session:
        trip_id = trips.import_trip(session, write(tmp_path, source)).id
    with st.session() as session:
        trips.export_trip(session, trip_id, tmp_path / "again.trip.json")
    written = json.loads((tmp_path / "again.trip.json").read_text(encoding="utf-8"))
    first, last = written["transfers"][0], written["transfers"][-1]
    assert "from" not in first and "to" not in last
    assert first["depart"] == "2024-06-15T23:55" and last["arrive"] == "2024-06-23T06:30"
    li, wong = first["travellers"]  # keys an export makes anew
    people = {p["key"]: p["family_name"] for p in written["people"]}
    assert (people[li], people[wong.pop("person")]) == ("Li", "Wong")
    assert wong == {"seat": "3A", "reference": "XYZ789"}
    assert (first["class"], first["to_terminal"], last["seat"]) == ("business", "1", "2K")
    # And the written file reads back to the same rows.
    through_another_store(tmp_path / "again.trip.json", tmp_path / "third.trip.json", tmp_path)
    assert (tmp_path / "third.trip.json").read_bytes() == (
        tmp_path / "again.trip.json"
    ).read_bytes()


@pytest.mark.sqlite_only
@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda t: t[0]["travellers"].append("xy"),
            "transfers[0].travellers[2]: no person has the key 'xy'",
        ),
        (
            lambda t: t[0]["travellers"].append({"person": "nobody", "seat": "1A"}),
            "transfers[0].travellers[2].person: no person has the key 'nobody'",
        ),
        (
            lambda t: t[0]["travellers"].append("li-head"),
            "transfers[0].travellers[2]: 'li-head' is listed twice",
        ),
        (
            lambda t: t[0].pop("from_place"),
            "transfers[0].from: give a stop key, or from_place for a leg at home",
        ),
        (
            lambda t: t[-1].pop("to_place"),
            "transfers[3].to: give a stop key, or to_place for a leg at home",
        ),
        (lambda t: t[0].update(seats="1A"), "transfers[0].seats: unknown field"),
        (
            lambda t: t[0].update(travellers=[{"seat": "1A"}]),
            "transfers[0].travellers[0].person: missing required field",
        ),
    ],
)
def test_a_bad_traveller_or_end_is_refused_by_its_place_and_the_store_stays_as_it_was(
    store_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: Callable[[list[dict[str, Any]]], object],
    message: str,
) -> None:
    assert cli.main(["--store", str(store_path), "import", str(NANSHAN)]) == 0
    before = dumps.dump(store_path)
    document = home_legs()
    change(document["transfers"])
    capsys.readouterr()
    assert cli.main(["--store", str(store_path), "import", str(write(tmp_path, document))]) == 2
    err = capsys.readouterr().err
    assert message in err, err
    assert dumps.dump(store_path) == before


def test_the_editor_keeps_a_home_leg_its_travellers_and_their_zones(
    st: store.Store, tmp_path: Path
) -> None:
    with st.transaction() as session:
        trip_uuid = trips.import_trip(session, NANSHAN).uuid
    with st.session() as session:
        context = editing.trip_context(session, trip_uuid)
    frankfurt = next(s for s in context.stops if s.label == "Frankfurt am Main")
    li, wong = (p.uuid for p in context.people[:2])
    record = TransferRecord(
        None,
        frankfurt.uuid,
        "flight",
        localtime.parse_local("2024-06-15T10:00", "Asia/Shanghai"),
        localtime.parse_local("2024-06-15T17:00", "Europe/Berlin"),
        from_place="pvg",
        to_place="FRA",
        travellers=((li, "REF1", "1A"), (wong, None, None)),
    )
    editor = editor_for(TransferRecord)
    with st.transaction() as session:
        uuid = editor.create(session, trip_uuid, record)
    with st.session() as session:
        transfer = session.scalars(select(model.Transfer).where(model.Transfer.uuid == uuid)).one()
        assert (transfer.depart_timezone, transfer.arrive_timezone) == (
            "Asia/Shanghai",
            "Europe/Berlin",
        )
        read, version = editor.read_versioned(session, uuid)
    assert read.travellers == record.travellers and read.from_stop is None
    changed = replace(read, travellers=((wong, "REF2", "2C"),), seat="9F")
    with st.transaction() as session:
        editor.update(session, uuid, changed, expected_version=version, base=read)
    with st.session() as session:
        assert editor.read_versioned(session, uuid)[0].travellers == ((wong, "REF2", "2C"),)


@pytest.mark.parametrize(
    ("ends", "problems"),
    [
        ({"from_stop": None}, {"from_stop"}),
        ({"to_stop": ""}, {"to_stop"}),
        ({"from_stop": None, "from_place": "Frankfurt (Main) Hbf"}, set()),
        ({"to_stop": "a"}, {"to_stop"}),  # the same stop at both ends
    ],
)
def test_each_end_needs_a_stop_or_a_place(ends: dict[str, Any], problems: set[str]) -> None:
    record = TransferRecord(
        "a",
        "b",
        "train",
        dt.datetime(2024, 6, 1, 8, tzinfo=dt.UTC),
        dt.datetime(2024, 6, 1, 9, tzinfo=dt.UTC),
    )
    assert set(editing.validate(replace(record, **ends))) == problems


def test_a_traveller_listed_twice_is_refused() -> None:
    record = TransferRecord(
        "a",
        "b",
        "train",
        dt.datetime(2024, 6, 1, 8, tzinfo=dt.UTC),
        dt.datetime(2024, 6, 1, 9, tzinfo=dt.UTC),
        travellers=(("p", None, None), ("p", "X", None)),
    )
    assert editing.validate(record, "de") == {"travellers": "eine Person ist doppelt aufgeführt"}


def test_a_transfer_of_some_travellers_clashes_only_with_their_meetings(
    st: store.Store, tmp_path: Path
) -> None:
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    # The interpreter takes the 09:20 train alone: the head's breakfast until 09:05 is no clash
    # for her, but the same breakfast with the interpreter is.
    train = document["transfers"][1]
    train["travellers"] = ["chen-interp"]
    document["meetings"].append(
        {"key": "early", "title": "Breakfast with the head", "stop": "fra",
         "start": "2024-06-19T08:15", "end": "2024-06-19T09:05", "attendees": ["li-head"]}
    )  # fmt: skip
    with st.transaction() as session:
        trip_uuid = trips.import_trip(session, write(tmp_path, document)).uuid
    with st.session() as session:
        found = checks.check_trip(session, trip_uuid)
    titles = [p.message for p in found if p.kind == "transfer-buffer"]
    assert not any("Breakfast with the head" in t for t in titles), titles
    document["meetings"][-1]["attendees"] = ["chen-interp"]
    with st.transaction() as session:
        trip_uuid = trips.import_trip(session, write(tmp_path, document, "b.trip.json")).uuid
    with st.session() as session:
        found = checks.check_trip(session, trip_uuid)
    assert any("Breakfast with the head" in p.message for p in found if p.kind == "transfer-buffer")


def test_erasing_a_traveller_leaves_the_transfer_to_the_others(
    st: store.Store, tmp_path: Path
) -> None:
    with st.transaction() as session:
        trips.import_trip(session, write(tmp_path, home_legs()))
    with st.transaction() as session:
        wong = session.scalars(select(model.Person).where(model.Person.family_name == "Wong")).one()
        privacy.erase_person(session, wong.uuid)
    with st.session() as session:
        first = session.scalars(select(model.Transfer).order_by(model.Transfer.position)).first()
        assert first is not None
        assert [t.person.family_name for t in first.traveller_links] == ["Li"]


def test_the_calendar_shows_the_airports_and_terminals_of_a_home_leg(
    st: store.Store, tmp_path: Path
) -> None:
    with st.transaction() as session:
        uuid = trips.import_trip(session, write(tmp_path, home_legs())).uuid
        data = calendar_ics.export_calendar(session, uuid, ExportOptions()).data
    events = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    out = events["Flight EX 123 Shenzhen (SZX) → Frankfurt am Main"]
    assert str(out["LOCATION"]) == "Shenzhen (SZX)"
    description = str(out["DESCRIPTION"])
    assert "Arrives Frankfurt am Main, Terminal 1:" in description
    assert "Class: business" in description
    back = events["Flight EX 456 Munich → Shenzhen (SZX)"]
    assert str(back["LOCATION"]) == "Munich, Terminal 2"
    assert "Seat: 2K" in str(back["DESCRIPTION"])


@needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")
def test_the_pack_shows_seats_and_references_inside_the_office_only(
    st: store.Store, tmp_path: Path
) -> None:
    uuid = add_trip(st, write(tmp_path, home_legs()))
    internal = flat(pdftotext(build(st, uuid, tmp_path / "internal.pdf")))
    external = flat(pdftotext(build(st, uuid, tmp_path / "external.pdf", edition="external")))
    for text in (internal, external):
        assert "Shenzhen (SZX) → Frankfurt am Main" in text
        assert "Frankfurt am Main, Terminal 1" in text
        assert "Class: business" in text
    assert "Wong" in internal and "3A, XYZ789" in internal and "Seat: 2K" in internal
    assert "XYZ789" not in external and "Seat: 2K" not in external
    chinese = flat(pdftotext(build(st, uuid, tmp_path / "zh.pdf", language="zh")))
    assert "3A，XYZ789" in chinese  # the language's separators, not ASCII ", " among Han text


def test_the_schedule_begins_on_the_day_the_flight_from_home_leaves(
    st: store.Store, tmp_path: Path
) -> None:
    with st.transaction() as session:
        uuid = trips.import_trip(session, write(tmp_path, home_legs())).uuid
    with st.session() as session:
        found = schedule.read_schedule(session, uuid)
    # Frankfurt is reached on the 16th; the flight leaves Shenzhen late on the 15th, and the
    # one back lands in Shenzhen on the 23rd.
    assert found.days[0].frame.day == dt.date(2024, 6, 15)
    assert found.days[-1].frame.day == dt.date(2024, 6, 23)
    assert found.transfers[0].label == ("Flight EX 123 Shenzhen (SZX) → Frankfurt am Main")


def test_an_airport_in_another_zone_than_home_sets_the_zone_of_its_end(
    st: store.Store, tmp_path: Path
) -> None:
    document = home_legs()
    document["transfers"][0]["from_place"] = "hkg"  # out of Hong Kong, next to Shenzhen
    with st.transaction() as session:
        trips.import_trip(session, write(tmp_path, document))
    with st.session() as session:
        out = session.scalars(select(model.Transfer).order_by(model.Transfer.position)).first()
        assert out is not None
        assert (out.from_place, out.depart_timezone) == ("HKG", "Asia/Hong_Kong")
        assert out.origin == "Hong Kong (HKG)"
