"""The overview page: each meeting of an ordinary trip, the days of a large one."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from pytestqt.qtbot import QtBot

from ui.views.trip_overview import LISTED_MEETINGS, TripOverview, trip_html

UTC = dt.UTC
TRIP = SimpleNamespace(title="Fair", purpose="", home_timezone="Asia/Shanghai")
STOPS = [
    SimpleNamespace(
        city="Hannover", country="DE", timezone="Europe/Berlin", lodging_name="",
        arrive=dt.datetime(2025, 3, 31, 6, tzinfo=UTC),
        depart=dt.datetime(2025, 4, 4, 16, tzinfo=UTC),
    )
]  # fmt: skip


def meetings(count: int) -> list[SimpleNamespace]:
    """``count`` half-hour meetings, 16 a day from 09:00 Berlin time (07:00 UTC)."""
    first = dt.datetime(2025, 3, 31, 7, tzinfo=UTC)
    starts = [first + dt.timedelta(days=n // 16, minutes=30 * (n % 16)) for n in range(count)]
    return [
        SimpleNamespace(
            title=f"Talk {n}", status="planned", stop_city="Hannover", timezone="Europe/Berlin",
            start=start, end=start + dt.timedelta(minutes=30),
        )
        for n, start in enumerate(starts)
    ]  # fmt: skip


def shown(qtbot: QtBot, html: str) -> str:
    page = TripOverview()
    qtbot.addWidget(page)
    page.setHtml(html)
    return page.toPlainText()


def test_an_ordinary_trip_lists_each_meeting(qtbot: QtBot) -> None:
    text = shown(qtbot, trip_html(TRIP, STOPS, meetings(LISTED_MEETINGS)))
    assert "Mon 31 Mar 2025 09:00 (15:00 home)–09:30 Talk 0 — Hannover" in text
    assert f"Talk {LISTED_MEETINGS - 1} —" in text


def test_a_large_trip_lists_its_days_with_their_meetings_and_hours(qtbot: QtBot) -> None:
    text = shown(qtbot, trip_html(TRIP, STOPS, meetings(LISTED_MEETINGS + 1)))
    assert "Talk 0" not in text
    assert f"{LISTED_MEETINGS + 1} meetings on these days; the Meetings tab lists each." in text
    assert "Mon 31 Mar 2025: 16 meetings, 09:00–17:00" in text
    # 151 meetings at 16 a day: nine full days (31 March to 8 April) and seven on the tenth
    assert "Wed 9 Apr 2025: 7 meetings, 09:00–12:30" in text
    assert text.count(" meetings, ") == 10
