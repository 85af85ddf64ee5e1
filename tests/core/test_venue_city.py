"""A venue knows its city (issue 18): the Nanshan delegation stays in Frankfurt and Nuremberg
but visits Ludwigshafen, signs in Heidelberg and meets in Erlangen. The trip file's venue
carries the city (absent: the stop's), and the schedule, the briefs, the programme and the
calendars name the venue's city instead of the stop's."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import icalendar
import pytest
from alembic import command
from sqlalchemy import select

from planner import calendar_ics, model, store, trips
from planner.calendar_ics.events import ExportOptions
from planner.errors import PlannerError
from tests import dumps
from tests.conftest import NANSHAN, needs_tool
from tests.core.test_briefing import add_trip, flat, pdftotext, trip_document
from tests.core.test_briefing_book import build
from tests.core.tripdocs import through_another_store

CITIES = {
    "trinamix-visit": "Ludwigshafen am Rhein",
    "ilh-signing": "Heidelberg",
    "healthineers-signing": "Erlangen",
}


def venues_in_their_cities() -> dict[str, Any]:
    """Nanshan with each venue outside its stop's city naming that city; the Erlangen
    address without its city, so that only the venue's city can name it."""
    doc = trip_document(NANSHAN)
    for meeting in doc["meetings"]:
        if meeting["key"] in CITIES:
            meeting["venue"]["city"] = CITIES[meeting["key"]]
        if meeting["key"] == "healthineers-signing":
            meeting["venue"]["address"] = "Siemensstraße 3"
    return doc


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def test_the_venue_city_goes_through_the_trip_file_and_back_byte_for_byte(
    st: store.Store, tmp_path: Path
) -> None:
    source = write(tmp_path / "cities.trip.json", venues_in_their_cities())
    first, second = tmp_path / "first.trip.json", tmp_path / "second.trip.json"
    with st.transaction() as session:
        trip_id = trips.import_trip(session, source).id
    with st.session() as session:
        trips.export_trip(session, trip_id, first)
        stored = dict(session.execute(select(model.Meeting.title, model.Meeting.venue_city)).all())
    through_another_store(first, second, tmp_path)
    assert first.read_bytes() == second.read_bytes()
    exported = [m["venue"].get("city") for m in json.loads(first.read_text())["meetings"]]
    # Absent where the venue is in its stop's city, as version 1 has it.
    assert exported == [None, "Ludwigshafen am Rhein", "Heidelberg", "Erlangen", None]
    assert stored["Meeting with Ledvance management"] is None


def test_a_venue_city_that_is_no_text_is_refused_naming_its_place(
    st: store.Store, tmp_path: Path
) -> None:
    doc = venues_in_their_cities()
    doc["meetings"][2]["venue"]["city"] = 69115
    bad = write(tmp_path / "bad.trip.json", doc)
    before = dumps.dump(st)
    with st.transaction() as session, pytest.raises(PlannerError) as caught:
        trips.import_trip(session, bad)
    assert "meetings[2].venue.city" in str(caught.value)
    assert "bad.trip.json" in str(caught.value)
    assert dumps.dump(st) == before


def test_the_calendar_location_names_the_venues_own_city_once(
    st: store.Store, tmp_path: Path
) -> None:
    source = write(tmp_path / "cities.trip.json", venues_in_their_cities())
    with st.transaction() as session:
        uuid = trips.import_trip(session, source).uuid
        data = calendar_ics.export_calendar(session, uuid, ExportOptions()).data
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    where = {str(e["SUMMARY"]): str(e.get("LOCATION", "")) for e in events}
    assert where["Memorandum signing with Siemens Healthineers"] == (
        "Siemens Healthineers headquarters, Siemensstraße 3, Erlangen"
    )
    # The address already says Ludwigshafen: the city is not repeated.
    assert where["Site visit and talks at trinamiX"].count("Ludwigshafen am Rhein") == 1


@needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")
def test_schedule_programme_and_briefs_name_the_venues_city(
    st: store.Store, tmp_path: Path
) -> None:
    uuid = add_trip(st, venues_in_their_cities())
    text = flat(pdftotext(build(st, uuid, tmp_path / "pack.pdf")))
    schedule = text[text.index("Schedule") :]
    assert "trinamiX GmbH, Ludwigshafen am Rhein" in schedule
    assert "Innovation Lab Heidelberg, Heidelberg" in schedule
    assert "Siemens Healthineers headquarters, Erlangen" in schedule
    assert "Siemens Healthineers headquarters, Nuremberg" not in text
    assert "trinamiX GmbH, Frankfurt am Main" not in text
    # The meeting without a city of its own still reads its stop's.
    assert "Meeting with Ledvance management" in text
    assert "Ledvance, Munich" in schedule


@pytest.mark.sqlite_only  # downgrades a file; the upgrade is the same SQL on PostgreSQL
def test_a_store_from_before_0008_reads_each_venue_in_its_stops_city_and_no_numbers(
    store_path: Path,
) -> None:
    with store.open_store(store_path) as st, st.transaction() as session:
        trips.import_trip(session, NANSHAN)
    # As the store migrates: without foreign keys, so rebuilding the trip table keeps its rows.
    engine = store._engine(store_path, foreign_keys=False)
    with engine.begin() as connection:
        config = store.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    engine.dispose()
    with sqlite3.connect(store_path) as raw:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(meeting)")]
    assert "venue_city" not in columns
    with sqlite3.connect(store_path) as raw:
        assert "useful_numbers" not in [row[1] for row in raw.execute("PRAGMA table_info(trip)")]
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0007"
        with st.session() as session:
            meetings = session.scalars(select(model.Meeting)).all()
            assert len(meetings) == 5
            assert {m.venue_city for m in meetings} == {None}
            visit = next(m for m in meetings if m.title.startswith("Site visit"))
            assert visit.place == "Frankfurt am Main"
            assert [t.useful_numbers for t in session.scalars(select(model.Trip))] == [[]]
