"""Calendar descriptions in German and Chinese (issue 9)."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from planner import cli, store
from planner.calendar_ics.events import ExportOptions
from planner.errors import PlannerError
from tests.conftest import NANSHAN
from tests.core.test_calendar_export import events_of, export, trip_uuids

__all__ = ["trip_uuids"]  # the fixture


def description(st: store.Store, trip: str, language: str, summary: str) -> str:
    events = events_of(export(st, trip, ExportOptions(language=language)))
    return str(
        next(e for e in events.values() if str(e["SUMMARY"]).startswith(summary))["DESCRIPTION"]
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", ["Ziele:\n", "Gesprächspunkte:\n", "Teilnehmende:\n"]),
        ("zh", ["目标：\n", "谈话要点：\n", "出席人员：\n"]),
    ],
)
def test_a_meeting_is_described_in_the_language(
    st: store.Store, trip_uuids: dict[str, str], language: str, expected: list[str]
) -> None:
    text = description(st, trip_uuids["jiangsu"], language, "Opening")
    for label in expected:
        assert label in text
    assert "Objectives:" not in text and "Attendees:" not in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            (
                "Flug EX 123 Shenzhen → Frankfurt am Main",
                "Ab Shenzhen: Sa., 15. Juni, 23:55 (Chinesische Normalzeit, UTC+08:00)",
                "An Frankfurt am Main: So., 16. Juni, 06:40 "
                "(Mitteleuropäische Sommerzeit, UTC+02:00)",
            ),
        ),
        (
            "zh",
            (
                "航班 EX 123 Shenzhen → Frankfurt am Main",
                "从Shenzhen出发：6月15日 周六 23:55（北京时间，UTC+08:00）",
                "到达Frankfurt am Main：6月16日 周日 06:40（中欧夏令时间，UTC+02:00）",
            ),
        ),
    ],
)
def test_a_flight_shows_both_local_times_in_the_language(
    st: store.Store, trip_uuids: dict[str, str], language: str, expected: tuple[str, str, str]
) -> None:
    # Titled in the language; the zones by the names a reader knows (CLDR's; 北京时间 for
    # China), not IANA's.
    title, departs, arrives = expected
    text = description(st, trip_uuids["nanshan"], language, title)
    assert departs in text
    assert arrives in text


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(PlannerError):
        ExportOptions(language="fr")


def test_the_command_line_exports_in_german(tmp_path: Path) -> None:
    store_path = tmp_path / "office.sqlite"
    assert cli.main(["--store", str(store_path), "import", str(NANSHAN)]) == 0
    target = tmp_path / "trip.ics"
    code = cli.main(["--store", str(store_path), "ics", "1", "-o", str(target), "--lang", "de"])
    assert code == 0
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    texts = [str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")]
    assert any("Ab Shenzhen:" in t for t in texts)
