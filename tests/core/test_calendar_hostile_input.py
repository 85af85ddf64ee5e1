"""Hostile .ics files through ``planner import-ics``: a rule that would repeat for ever is
refused or stopped within its budget, never hangs; a value no calendar writes is refused in
one line naming the file and the place, with exit code 2, and the store is unchanged."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import icalendar
import pytest

from planner import cli
from planner.calendar_ics import expansion, screening
from tests import dumps
from tests.conftest import NANSHAN

# The Nanshan trip runs from 2024-06-15 to 2024-06-23; its stops are in Frankfurt, Nuremberg
# and Munich.
EVENT = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Hostile//EN
BEGIN:VEVENT
UID:hostile@example.com
DTSTAMP:20240520T080000Z
DTSTART:20240617T080000Z
DTEND:20240617T090000Z
SUMMARY:Daily briefing
{extra}END:VEVENT
END:VCALENDAR
"""
EVENT_LINE = 4  # BEGIN:VEVENT
EXTRA_LINE = 10  # the first line of {extra}


def ics(extra: str = "", **replaced: str) -> bytes:
    text = EVENT.format(extra=extra)
    for old, new in replaced.items():
        text = text.replace(old.replace("_", "-"), new)
    return text.replace("\n", "\r\n").encode("utf-8", "surrogatepass")


@pytest.fixture
def trip_store(empty_store: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert cli.main(["--store", str(empty_store), "import", str(NANSHAN)]) == 0
    capsys.readouterr()
    return empty_store


def import_ics(
    store_path: Path, tmp_path: Path, data: bytes, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    path = tmp_path / "hostile.ics"
    path.write_bytes(data)
    code = cli.main(["--store", str(store_path), "import-ics", "1", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_refused(
    store_path: Path,
    tmp_path: Path,
    data: bytes,
    capsys: pytest.CaptureFixture[str],
    *,
    place: str,
    words: str,
) -> None:
    before = dumps.dump(store_path)
    code, out, err = import_ics(store_path, tmp_path, data, capsys)
    assert code == 2, out + err
    assert out == ""
    assert err.startswith(f"planner: error: hostile.ics: {place}"), err
    assert words in err, err
    assert err.count("\n") == 1, err
    assert "unexpected" not in err and "Traceback" not in err
    assert dumps.dump(store_path) == before


# ---------------------------------------------------------------------------------------------
# Recurrences


@pytest.mark.timeout(30)
@pytest.mark.parametrize("interval", ["0", "-1", "x", ""])
def test_an_interval_below_one_is_refused_on_its_line(
    trip_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], interval: str
) -> None:
    data = ics(f"RRULE:FREQ=DAILY;INTERVAL={interval}\n")
    place = f"line {EXTRA_LINE}: RRULE: "
    assert_refused(
        trip_store, tmp_path, data, capsys, place=place, words="INTERVAL must be 1 or more"
    )


NEVER = "took more than the 2 s allowed|a recurring event with no occurrence during the trip"


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("rule", "skipped"),
    [
        ("FREQ=DAILY;COUNT=1000000000", None),
        ("FREQ=SECONDLY", "repeats secondly"),
        ("FREQ=MINUTELY;INTERVAL=1;BYSECOND=0,1,2", "repeats minutely"),
        # A rule that never matches is walked to the year 9999: stopped at the 2 s budget and
        # skipped, or, on a machine fast enough to walk it all, found to have no occurrence but
        # its DTSTART (RFC 5545 counts it), which is added. Either way it finishes and says so.
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", NEVER),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30,31", NEVER),
        ("FREQ=WEEKLY;BYMONTH=4;BYMONTHDAY=31;BYDAY=MO", NEVER),
    ],
)
def test_a_rule_without_end_or_match_finishes_and_says_what_it_skipped(
    trip_store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    rule: str,
    skipped: str | None,
) -> None:
    before = dumps.dump(trip_store)
    path = tmp_path / "rule.ics"
    path.write_bytes(ics(f"RRULE:{rule}\n"))
    code = cli.main(["--store", str(trip_store), "import-ics", "1", str(path), "--dry-run"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert dumps.dump(trip_store) == before
    if skipped is None:  # a count of a billion: the trip's days (the last is after its end)
        assert lines[-1] == "would add 7, update 0, skip 1; nothing was changed", lines
        return
    (said,) = lines[:-1]
    assert "'Daily briefing'" in said, said
    if said.startswith("add") and skipped == NEVER:  # walked to the end: DTSTART only
        assert "2024-06-17 10:00 Europe/Berlin" in said, said
        return
    assert said.startswith("skip"), said
    assert any(reason in said for reason in skipped.split("|")), said


def test_a_series_over_the_budget_names_the_count_and_date_it_stopped_at() -> None:
    event = icalendar.Event()
    event.add("UID", "daily@example.com")
    event.add("DTSTART", dt.datetime(2024, 6, 17, 8, tzinfo=dt.UTC))
    event.add("RRULE", {"FREQ": "DAILY"})
    window = (dt.datetime(2024, 6, 1, tzinfo=dt.UTC), dt.datetime(2024, 12, 1, tzinfo=dt.UTC))
    found = expansion.occurrences([event], window, expansion.Budget())
    assert isinstance(found, expansion.Stopped)
    assert found.reason == (
        f"has more than {expansion.MAX_OCCURRENCES} occurrences during the trip "
        "(stopped at 2024-08-06)"
    )
    spent = expansion.occurrences([event], window, expansion.Budget(seconds=0))
    assert isinstance(spent, expansion.Stopped) and "spent" in spent.reason


# ---------------------------------------------------------------------------------------------
# Values no calendar writes


LONG_TZID = "Zone/" + "x" * 295


@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("data", "place", "words"),
    [
        (
            ics("DURATION:P99999999W\n", DTEND="X-OLD-DTEND"),
            f"line {EVENT_LINE}: VEVENT 'hostile@example.com': DURATION: P699999993D",
            "ends outside the years 1 to 9999",
        ),
        (
            ics(DTSTART=f"DTSTART;TZID={LONG_TZID}"),
            "line 7: DTSTART: ",
            "a TZID of 300 characters is not a time zone",
        ),
        (
            ics(**{"DTSTART:20240617T080000Z": "DTSTART;TZID=Asia/Tokyo:00010101T010000"}),
            f"line {EVENT_LINE}: VEVENT 'hostile@example.com': DTSTART: 0001-01-01 01:00",
            "outside the years 1 to 9999 in UTC",
        ),
        (
            ics(**{"DTEND:20240617T090000Z": "DTEND;TZID=America/New_York:99991231T230000"}),
            f"line {EVENT_LINE}: VEVENT 'hostile@example.com': DTEND: 9999-12-31 23:00",
            "outside the years 1 to 9999 in UTC",
        ),
        (
            ics(**{"SUMMARY:Daily briefing": "SUMMARY:Daily \ud800 briefing"}),
            "line 9: ",
            "not UTF-8",
        ),
        (
            ics(**{"SUMMARY:Daily briefing": "SUMMARY:Daily briefing"}).replace(
                b"Daily", b"Da\xffily"
            ),
            "line 9: ",
            "not UTF-8",
        ),
        (
            ics("SEQUENCE:99999999999999999999\n"),
            f"line {EVENT_LINE}: VEVENT 'hostile@example.com': SEQUENCE",
            "outside the RFC 5545 range",
        ),
        (
            ics("RRULE:FREQ=DAILY;COUNT=99999999999\n"),
            f"line {EXTRA_LINE}: RRULE: ",
            "COUNT 99999999999 is too large",
        ),
        (
            ics("RRULE:FREQ=YEARLY;BYDAY=99999999999MO\n"),
            f"line {EXTRA_LINE}: RRULE: ",
            "BYDAY 99999999999 is too large",
        ),
    ],
    ids=[
        "duration",
        "tzid",
        "year-1-east",
        "year-9999-west",
        "surrogate",
        "not-utf8",
        "sequence",
        "count",
        "byday",
    ],
)
def test_a_hostile_value_is_refused_naming_the_file_and_place(
    trip_store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    *,
    data: bytes,
    place: str,
    words: str,
) -> None:
    assert_refused(trip_store, tmp_path, data, capsys, place=place, words=words)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("prop", ["SUMMARY", "LOCATION", "DESCRIPTION", "X-ALT-DESC"])
@pytest.mark.parametrize("char", ["\x00", "\x01", "\x1b", "\x7f"])
def test_a_control_character_in_any_text_value_is_refused_on_its_line(
    trip_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], prop: str, char: str
) -> None:
    data = ics(f"{prop}:Room 1{char}2\n").replace(b"SUMMARY:Daily briefing\r\n", b"")
    if prop == "SUMMARY":
        data = ics(**{"SUMMARY:Daily briefing": f"SUMMARY:Daily{char} briefing"})
    line = 9  # SUMMARY's line, or the line of the property in its place
    code = f"U+{ord(char):04X}"
    assert_refused(trip_store, tmp_path, data, capsys, place=f"line {line}: {prop}: ", words=code)


def test_a_control_character_on_a_folded_line_is_reported_on_that_line() -> None:
    text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:first\r\n  second \x02\r\nEND:VEVENT\r\n"
    with pytest.raises(screening.IcsError, match=r"^x\.ics: line 4: DESCRIPTION: .*U\+0002"):
        screening.screen(text, "x.ics")


@pytest.mark.timeout(30)
@pytest.mark.parametrize("rule", ["FREQ=SECONDLY", "FREQ=DAILY", "FREQ=YEARLY;BYHOUR=1,2"])
def test_a_time_zone_rule_finer_than_yearly_is_refused_before_icalendar_lists_it(
    rule: str,
) -> None:
    """icalendar lists a VTIMEZONE rule's transitions up to 2038 as it reads the file: a
    secondly one would never finish."""
    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Custom\r\nBEGIN:STANDARD\r\n"
        f"DTSTART:16011028T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:{rule}\r\n"
        "END:STANDARD\r\nEND:VTIMEZONE\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(screening.IcsError, match=r"^x\.ics: line 8: RRULE: a time zone's rule"):
        screening.screen(text, "x.ics")
    for real in ("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU"):
        screening.screen(text.replace(rule, real), "x.ics")


def test_a_spent_budget_stops_the_walk_but_not_a_garbage_collector_callback() -> None:
    # The tracer sees every Python call of the thread, also a weakref callback the collector
    # runs in the middle of the walk (seen from SQLAlchemy's collections under load): an
    # exception raised there is "ignored" and turns up as a warning, so only the libraries'
    # own calls are stopped.
    budget = expansion.Budget(0.0)
    budget._calls = expansion._CHECK_EVERY - 1  # the next call looks at the clock
    foreign = sys._getframe()  # a call of this module: a collector's callback, say
    budget._trace(foreign, "call", None)
    walker = eval("sys._getframe()", {"__name__": "dateutil.rrule", "sys": sys})
    with pytest.raises(expansion.OutOfTime):
        budget._trace(walker, "call", None)
