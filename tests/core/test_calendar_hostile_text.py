"""Every stored text exports: a line break, a tab, a stray control character, a backslash, a
semicolon or a comma in a trip title, a meeting title, a venue or a person's name gives a
valid .ics that two independent parsers (icalendar, vobject) read back to the intended text."""

from __future__ import annotations

import re
from pathlib import Path

import icalendar
import pytest
import vobject
from icalendar import vText
from sqlalchemy import update

from planner import cli, model, store
from planner.calendar_ics import lint, text
from tests.conftest import NANSHAN

# NUL is left out: PostgreSQL stores no NUL in text, so no store can hold one.
TYPED = 'A\nB\tC\x01D\rE\\F;G,H"I\r\nJ\x7fK\x1bL'
INTENDED = 'A\nB CD\nE\\F;G,H"I\nJKL'
MEETING = "Nanshan–Frankfurt cooperation session"
_ESCAPED = re.compile(r"\\([\\;,nN])")


def unescaped(value: str) -> str:
    """RFC 5545 3.3.11: a TEXT value as written, read back (for properties a parser leaves)."""
    return _ESCAPED.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)


@pytest.fixture
def exported(store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> bytes:
    """The Nanshan trip's calendar after its texts were typed with every awkward character."""
    assert cli.main(["--store", str(store_path), "import", str(NANSHAN)]) == 0
    with store.open_store(store_path, create=False) as st, st.transaction() as session:
        session.execute(update(model.Trip).values(title=f"Trip {TYPED}"))
        session.execute(
            update(model.Meeting)
            .where(model.Meeting.title == MEETING)
            .values(title=f"Meeting {TYPED}", venue_name=f"Venue {TYPED}", venue_address=None)
        )
        session.execute(
            update(model.Person)
            .where(model.Person.family_name == "Wong")
            .values(family_name=f"Wong {TYPED}")
        )
    target = tmp_path / "trip.ics"
    capsys.readouterr()
    code = cli.main(["--store", str(store_path), "ics", "1", "-o", str(target)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return target.read_bytes()


def test_awkward_texts_give_a_valid_file_two_parsers_read_back_as_typed(exported: bytes) -> None:
    assert lint.problems(exported) == []
    content = exported.replace(b"\r\n", b"")
    assert [b for b in content if b < 0x20 or b == 0x7F] == []

    calendar = icalendar.Calendar.from_ical(exported)
    # icalendar leaves an X- property as written: unescape it as the TEXT it is.
    assert unescaped(str(calendar["X-WR-CALNAME"])) == f"Trip {INTENDED}"
    events = [e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]).startswith("Meeting A")]
    assert events
    for event in events:
        assert str(event["SUMMARY"]) == f"Meeting {INTENDED}"
        assert str(event["LOCATION"]) == f"Venue {INTENDED}"
        assert str(event.walk("VALARM")[0]["DESCRIPTION"]) == f"Reminder: Meeting {INTENDED}"
        assert f"Wong {INTENDED}" in str(event["DESCRIPTION"])
        names = [str(a.params["CN"]) for a in event.get("ATTENDEE", [])]
        assert all("\n" not in name and '"' not in name for name in names)

    independent = vobject.readOne(exported.decode())
    assert unescaped(independent.contents["x-wr-calname"][0].value) == f"Trip {INTENDED}"
    vevents = [e for e in independent.vevent_list if e.summary.value.startswith("Meeting A")]
    assert len(vevents) == len(events)
    for vevent in vevents:
        assert vevent.summary.value == f"Meeting {INTENDED}"
        assert vevent.location.value == f"Venue {INTENDED}"
        assert f"Wong {INTENDED}" in vevent.description.value


def test_an_attendee_name_is_one_line_in_both_parsers() -> None:
    """A parameter value cannot break a line: the name is written on one line, quotes as '."""
    event = icalendar.Event()
    attendee = icalendar.vCalAddress("mailto:wong@example.cn")
    attendee.params["CN"] = vText(text.one_line(f"Wong {TYPED}"))
    event.add("ATTENDEE", attendee)
    data = event.to_ical()
    wanted = "Wong A B CD E\\F;G,H'I JKL"
    assert str(icalendar.Event.from_ical(data)["ATTENDEE"].params["CN"]) == wanted
    parsed = vobject.readOne(data.decode())
    assert parsed.attendee.params["CN"] == [wanted]


@pytest.mark.parametrize(
    ("typed", "intended"),
    [
        ("line\r\nbreak", "line\nbreak"),
        ("lone\rreturn", "lone\nreturn"),
        ("tab\there", "tab here"),
        ("bell\x07 escape\x1b delete\x7f next-line\x85", "bell escape delete next-line"),
        ("surrogate \ud800 left", "surrogate \ufffd left"),
        ("back\\slash; semi, comma", "back\\slash; semi, comma"),
    ],
)
def test_clean_keeps_what_a_text_value_can_say(typed: str, intended: str) -> None:
    assert text.clean(typed) == intended
    event = icalendar.Event()
    event.add("SUMMARY", text.clean(typed))
    data = event.to_ical()
    assert str(icalendar.Event.from_ical(data)["SUMMARY"]) == intended
    assert vobject.readOne(data.decode()).summary.value == intended
