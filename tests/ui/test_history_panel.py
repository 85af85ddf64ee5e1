"""The history panel says what an edit changed from and to: times in the place's zone and the
interface's language, long texts shortened, a field the log keeps no values of by name."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner import model, trips
from planner.records import MeetingRecord
from tests.conftest import NANSHAN
from ui import i18n, record_edits
from ui.main_window import MainWindow

CHANGES = 4  # the column


@pytest.fixture
def meeting(window: MainWindow) -> Iterator[tuple[str, str, str]]:
    """The Nanshan trip open, and its first meeting: (UUID, title, zone)."""
    with window.store.transaction() as session:
        trip = trips.import_trip(session, NANSHAN).uuid
    window.refresh()
    window.navigator.select_uuid(trip)
    with window.store.session() as session:
        found = session.execute(
            select(model.Meeting.uuid, model.Meeting.title, model.Meeting.timezone).order_by(
                model.Meeting.id
            )
        ).first()
    assert found is not None
    yield found[0], found[1], found[2]


def edited(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, uuid: str, **changes: Any
) -> tuple[str, str]:
    """Edit the meeting through its editor and show the history: the newest entry's changes
    as the list shows them, and its tooltip."""
    monkeypatch.setattr(record_edits, "ask_record", lambda *a: dataclasses.replace(a[3], **changes))
    window.edits.edit_object(MeetingRecord, uuid)
    window.history_dock.show()
    window.history_dock.raise_()
    history_list = window.history.list
    qtbot.waitUntil(lambda: history_list.topLevelItemCount() == 2, timeout=5000)
    item = history_list.topLevelItem(0)
    assert item is not None
    return item.text(CHANGES), item.toolTip(CHANGES)


def start_of(window: MainWindow, uuid: str) -> dt.datetime:
    with window.store.session() as session:
        return session.scalars(select(model.Meeting.start).where(model.Meeting.uuid == uuid)).one()


def test_an_edit_shows_old_and_new_values_with_the_zone_and_long_texts_shortened(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    meeting: tuple[str, str, str],
) -> None:
    uuid, title, zone = meeting
    start = start_of(window, uuid)
    later = start + dt.timedelta(minutes=90)
    notes = "Bring the signed memorandum, two copies, and the gifts list for the host. " * 5
    text, tip = edited(
        window,
        qtbot,
        monkeypatch,
        uuid,
        title="Talks with Siemens",
        start=later,
        end=later + dt.timedelta(hours=1),
        notes=notes,
    )
    parts = dict(part.split(": ", 1) for part in text.split("; "))
    assert parts["Title"] == f"{title} → Talks with Siemens"
    wall = start.astimezone(dt.UTC)
    old_clock = f"{wall.astimezone(_zone(zone)):%H:%M}"
    new_clock = f"{later.astimezone(_zone(zone)):%H:%M}"
    assert parts["Start"] == f"{old_clock} → {new_clock} ({zone})"
    shown_notes = parts["Notes"].split(" → ")[1]
    assert shown_notes.endswith("…") and len(shown_notes) <= 40
    assert notes.startswith(shown_notes[:-1])
    # The tooltip has the days and the longer text the log kept.
    assert f"{later.astimezone(_zone(zone)):%-d %b} {new_clock}" in tip
    assert "Bring the signed memorandum, two copies, and the gifts list" in tip


def test_times_are_written_in_the_interfaces_language(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    meeting: tuple[str, str, str],
) -> None:
    uuid, _title, zone = meeting
    start = start_of(window, uuid)
    next_day = start + dt.timedelta(days=1)
    i18n.install("de")
    text, _tip = edited(
        window, qtbot, monkeypatch, uuid, start=next_day, end=next_day + dt.timedelta(hours=1)
    )
    old_day = start.astimezone(_zone(zone))
    new_day = next_day.astimezone(_zone(zone))
    german = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
    # German days and months, as the German day format writes them: "Mo., 17. Juni".
    expected_old = f"{german[old_day.weekday()]}., {old_day.day}. "
    expected_new = f"{german[new_day.weekday()]}., {new_day.day}. "
    starts = [p for p in text.split("; ") if p.startswith("Beginn: ")]
    assert len(starts) == 1, text
    assert expected_old in starts[0] and expected_new in starts[0], starts[0]
    assert starts[0].endswith(f"({zone})")


def _zone(name: str) -> dt.tzinfo:
    return ZoneInfo(name)
