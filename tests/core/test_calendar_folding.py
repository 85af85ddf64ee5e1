"""The exported bytes are icalendar's own: :mod:`planner.calendar_ics.folding` folds lines
faster than icalendar but must never fold them differently (clients and the golden files see
every byte), whatever the text: CJK and emoji straddling the 75th octet, escapes at the cut."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event, vCalAddress, vText

from planner.calendar_ics import folding

# Characters of one to four octets, and the two icalendar keeps with what they escape.
TEXT = st.text(alphabet=st.sampled_from("a Z,;:\\^\"'\nßé€李伟🎉\u00a0-"), min_size=0, max_size=300)


def calendar_saying(summary: str, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("PRODID", "-//test//EN")
    calendar.add("VERSION", "2.0")
    event = Event()
    event.add("UID", "x@example.org")
    event.add("DTSTAMP", dt.datetime(2024, 5, 1, tzinfo=dt.UTC))
    event.add("SUMMARY", summary)
    event.add("DESCRIPTION", summary * 3)
    attendee = vCalAddress("mailto:li.wei@example.org")
    attendee.params["CN"] = vText(name)
    event.add("ATTENDEE", attendee)
    calendar.add_component(event)
    return calendar


@settings(max_examples=300, deadline=None)
@given(summary=TEXT, name=TEXT.map(lambda s: s.replace("\n", " ")))
@example(summary="x" * 72 + "\\,李伟" * 40, name="a" * 60 + "李伟")
@example(summary="🎉" * 80, name="^" * 90)
def test_folded_bytes_are_icalendars(summary: str, name: str) -> None:
    calendar = calendar_saying(summary, name)

    lines = [str(line).encode() for line in calendar.content_lines() if line]
    assert b"\r\n".join(folding.fold(line) for line in lines) + b"\r\n" == calendar.to_ical()


def test_a_long_line_is_cut_before_the_75th_octet_and_never_inside_a_character() -> None:
    line = ("SUMMARY:" + "李" * 40).encode()

    parts = folding.fold(line).split(b"\r\n ")

    assert len(parts) == 2
    assert all(len(p) < 75 for p in parts)
    assert b"".join(parts).decode() == line.decode()
