"""The direction of a visit (issue 22): a Chinese office hosting a German delegation speaks of
来访, not 出访, and a German one of a Delegationsbesuch. The store, the trip editor's record and
the trip file carry ``direction``; the pack's title and the calendar's name follow it; stores
and files from before read as a visit made, and print as they did."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from planner import calendar_ics, model, store, trips
from planner.calendar_ics.events import ExportOptions
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.records import TripRecord
from tests.conftest import JIANGSU, NANSHAN, needs_tool
from tests.core.test_briefing import build, flat, pdftotext


def _import(st: store.Store, path: Path) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, path).uuid


def _direction(st: store.Store, trip_uuid: str) -> str:
    with st.session() as session:
        return session.scalars(
            select(model.Trip.direction).where(model.Trip.uuid == trip_uuid)
        ).one()


def _set_direction(st: store.Store, trip_uuid: str, direction: str) -> None:
    with st.transaction() as session:
        before = editor_for(TripRecord).read(session, trip_uuid)
        assert isinstance(before, TripRecord)
        editor_for(TripRecord).change(session, trip_uuid, replace(before, direction=direction))


def _export(st: store.Store, trip_uuid: str, path: Path) -> dict[str, dict[str, object]]:
    with st.session() as session:
        trips.export_trip(session, trips.find_trip_id(session, trip_uuid), path)
    loaded: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _calendar_name(st: store.Store, trip_uuid: str, language: str) -> str:
    with st.session() as session:
        data = calendar_ics.export_calendar(
            session, trip_uuid, ExportOptions(language=language)
        ).data
    [line] = [n for n in data.decode().splitlines() if n.startswith("X-WR-CALNAME:")]
    return line.removeprefix("X-WR-CALNAME:")


@pytest.mark.sqlite_only  # downgrades a file; the upgrade itself is the same SQL on PostgreSQL
def test_a_0010_store_keeps_every_trip_a_visit_made_after_the_upgrade(store_path: Path) -> None:
    with store.open_store(store_path) as st:
        trip = _import(st, JIANGSU)
        with st.session() as session:
            meetings = len(session.scalars(select(model.Meeting.id)).all())
        with st.engine.begin() as connection:  # foreign keys on: nothing may cascade
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0010")
        with st.engine.begin() as connection:
            columns = [row[1] for row in connection.execute(text("PRAGMA table_info(trip)"))]
        assert "direction" not in columns
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0010"
        assert _direction(st, trip) == "outbound"
        with st.session() as session:
            assert len(session.scalars(select(model.Meeting.id)).all()) == meetings
        with pytest.raises(IntegrityError), st.engine.begin() as connection:
            connection.execute(
                text("UPDATE trip SET direction = 'incoming' WHERE uuid = :uuid"), {"uuid": trip}
            )
        assert _direction(st, trip) == "outbound"


def test_the_direction_is_saved_with_the_trip_and_a_word_outside_it_refused(
    st: store.Store,
) -> None:
    trip = _import(st, NANSHAN)
    assert _direction(st, trip) == "outbound"
    _set_direction(st, trip, "inbound")
    assert _direction(st, trip) == "inbound"
    with pytest.raises(PlannerError, match="direction"):
        _set_direction(st, trip, "incoming")
    assert _direction(st, trip) == "inbound"


def test_a_trip_file_names_the_direction_only_for_a_visit_received(
    st: store.Store, tmp_path: Path
) -> None:
    trip = _import(st, NANSHAN)
    plain = tmp_path / "plain.trip.json"
    assert "direction" not in _export(st, trip, plain)["trip"]
    _set_direction(st, trip, "inbound")
    first = tmp_path / "first.trip.json"
    assert _export(st, trip, first)["trip"]["direction"] == "inbound"
    second = tmp_path / "second.trip.json"
    with store.open_store(tmp_path / "partner.sqlite") as partner:  # another office's store
        again = _import(partner, first)
        assert _direction(partner, again) == "inbound"
        _export(partner, again, second)
    assert first.read_bytes() == second.read_bytes()


def test_the_calendar_of_a_visit_received_says_so_and_a_visit_made_keeps_its_title(
    st: store.Store,
) -> None:
    trip = _import(st, NANSHAN)
    with st.session() as session:
        title = session.scalars(select(model.Trip.title).where(model.Trip.uuid == trip)).one()
    made = {language: _calendar_name(st, trip, language) for language in ("en", "de", "zh")}
    assert set(made.values()) == {title.replace(",", "\\,").replace(";", "\\;")}
    _set_direction(st, trip, "inbound")
    received = {language: _calendar_name(st, trip, language) for language in ("en", "de", "zh")}
    assert received["en"].startswith("Incoming visit: ")
    assert received["de"].startswith("Delegationsbesuch: ")
    assert received["zh"].startswith("来访：")


@needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")
@pytest.mark.parametrize(
    ("language", "made", "received"),
    [
        ("de", ("DELEGATIONSMAPPE", "Die Reise im Überblick"),
         ("MAPPE ZUM DELEGATIONSBESUCH", "Der Besuch im Überblick")),
        ("zh", ("简报材料", "行程概览"), ("来访接待简报材料", "来访概览")),
        ("en", ("BRIEFING PACK", "The trip at a glance"),
         ("BRIEFING PACK", "The visit at a glance")),
    ],
)  # fmt: skip
def test_the_pack_names_a_visit_made_or_received_on_its_cover_and_overview(
    st: store.Store,
    tmp_path: Path,
    language: str,
    made: tuple[str, str],
    received: tuple[str, str],
) -> None:
    trip = _import(st, NANSHAN)
    texts = {}
    for direction in ("outbound", "inbound"):
        _set_direction(st, trip, direction)
        path = tmp_path / f"{direction}.pdf"
        build(st, trip, path, language=language)
        texts[direction] = flat(pdftotext(path))
    for direction, (title, overview) in (("outbound", made), ("inbound", received)):
        cover = texts[direction][: texts[direction].index(overview)]
        assert title in cover, (direction, cover[:300])
    assert made[1] not in texts["inbound"]
