"""One order of precedence everywhere (issues 17 and 18): on a trip without any rank, the head
of delegation comes first on the cover, in the trip at a glance, in every meeting brief, in
the seating plan and speaking order, and in the calendar's descriptions."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner import store
from planner.calendar_ics.events import ExportOptions, build_events
from planner.calendar_ics.source import read_source
from tests.conftest import needs_tool
from tests.core.test_briefing import add_trip, build, flat, pdftotext, trip_document

pytestmark = needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils")

HEAD, INTERPRETER, STAFF = "Li Wei", "Chen Jing", "Mr. Wong"
"""Nanshan's delegation: head, interpreter and staff, none of them ranked."""
ORDER = [HEAD, INTERPRETER, STAFF]


@pytest.fixture
def office(empty_store_file: Path) -> Iterator[store.Store]:
    with store.open_store(empty_store_file) as opened:
        yield opened


def unranked_trip_listing_the_head_last(office: store.Store) -> str:
    """Nanshan as it is (no precedence anywhere), but every meeting lists the head last and
    the delegation lists the staff first: neither file order nor names put the head first."""
    document = trip_document()
    assert not any("precedence" in p for p in document["people"] + document["delegation"])
    document["delegation"].sort(key=lambda m: m["role"] != "staff")
    for meeting in document["meetings"]:
        meeting["attendees"].reverse()
    return add_trip(office, document)


def runs(text: str) -> list[list[str]]:
    """The delegation's names in the order they appear, cut into lists at each head."""
    found = [m.group(0) for m in re.finditer("|".join(map(re.escape, ORDER)), text)]
    assert found, "no delegate named"
    groups: list[list[str]] = []
    for name in found:
        if name == HEAD or not groups:
            groups.append([])
        # A signing's drawing puts the standing delegation in a row above its signatory, so
        # the text meets that row's interpreter right after a list's own: a place in a
        # drawing, not a second entry of the list (tests/core/test_protocol_layouts.py
        # checks the drawing's order).
        if groups[-1][-1:] != [name]:
            groups[-1].append(name)
    return groups


def test_the_head_of_delegation_comes_first_everywhere_in_the_pack(
    office: store.Store, tmp_path: Path
) -> None:
    path = tmp_path / "pack.pdf"
    build(office, unranked_trip_listing_the_head_last(office), path)
    text = flat(pdftotext(path))

    groups = runs(text)
    # Every list starts with the head and goes on head, interpreter, staff (the rule's role
    # order): the cover, the glance, each brief's "Our delegation", the seating plan.
    assert all(group == ORDER[: len(group)] for group in groups), groups
    assert sum(group == ORDER for group in groups) >= 4  # cover, glance, two briefs
    assert "Speaking order: 1. Jürgen Schäfer 2. Li Wei" in text


def test_the_calendar_lists_the_head_of_delegation_first(office: store.Store) -> None:
    uuid = unranked_trip_listing_the_head_last(office)
    with office.session() as session:
        events = build_events(read_source(session, uuid), ExportOptions())
    descriptions = [e.description for e in events if "Attendees:" in e.description]
    assert descriptions
    for description in descriptions:
        attendees = description.split("Attendees:", 1)[1]
        assert all(group == ORDER[: len(group)] for group in runs(attendees)), description
