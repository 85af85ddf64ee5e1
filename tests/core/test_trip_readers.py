"""The readers of one trip (calendar, checks, protocol, the window's tables) share their
selects: each reads a trip of many people in as many queries as a small one, and all of them
list a meeting's people alike."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from planner import checks, queries
from planner.calendar_ics.source import read_source
from planner.protocol.attendance import trip_people
from planner.store import Store
from tests.core.test_checks import add_meeting, import_document, nanshan
from tests.core.test_queries import counted

PEOPLE = 60
"""Guests added to the crowded trip, each at several meetings."""

READERS: dict[str, tuple[Callable[[Any, str], Any], int]] = {
    "calendar": (read_source, 12),
    "checks": (checks.read_facts, 13),  # 10th: travellers; 11th: who signs; 12-13: documents
    "protocol": (trip_people, 6),  # the sixth: sides and ranks of the trip's people
    "meetings table": (queries.meeting_rows, 4),
    "itinerary": (queries.itinerary_rows, 3),
}


def crowded() -> dict[str, Any]:
    """The Nanshan trip with ``PEOPLE`` more guests at 30 more meetings, some joining from a
    branch venue."""
    document = nanshan()
    keys = [f"guest-{i}" for i in range(PEOPLE)]
    document["people"].extend({"key": key, "family_name": f"Guest {key}"} for key in keys)
    for i in range(30):
        hour = f"2024-06-17T{8 + i % 6:02d}"
        add_meeting(
            document,
            f"crowd-{i}",
            "fra",
            f"{hour}:00",
            f"{hour}:30",
            attendees=["li-head", *keys[i : i + 20]],
            branch_venues=[
                {
                    "name": "Hall",
                    "city": "Changzhou",
                    "country": "CN",
                    "timezone": "Asia/Shanghai",
                    "attendees": keys[i + 20 : i + 25],
                }
            ],
        )
    return document


@pytest.mark.parametrize("reader", READERS)
def test_a_trip_of_many_people_takes_as_many_queries_as_a_small_one(st: Store, reader: str) -> None:
    read, expected = READERS[reader]
    counts = []
    for document in (nanshan(), crowded()):
        uuid = import_document(st, document)
        with st.session() as session, counted(st) as statements:
            read(session, uuid)
        counts.append(len(statements))
    assert counts == [expected, expected]


def test_every_reader_lists_a_meetings_people_alike(st: Store) -> None:
    uuid = import_document(st, crowded())
    with st.session() as session:
        calendar = read_source(session, uuid)
        facts = checks.read_facts(session, uuid)
        protocol = trip_people(session, uuid)
        rows = queries.meeting_rows(session, uuid)

    [meeting] = [m for m in calendar.meetings if m.title == "Crowd 3"]
    [fact] = [m for m in facts.meetings if m.uuid == meeting.uuid]
    [row] = [r for r in rows if r.uuid == meeting.uuid]
    at_the_table = protocol[meeting.uuid].attendees
    assert len(meeting.attendee_uuids) == 21
    assert fact.attendee_uuids == row.attendee_uuids == meeting.attendee_uuids
    [branch] = meeting.branches
    assert fact.branches[0].attendee_uuids == branch.attendee_uuids
    assert [a.uuid for a in at_the_table] == [*meeting.attendee_uuids, *branch.attendee_uuids]
    assert [a.branch for a in at_the_table][-1] == "Hall"
    names = [calendar.people[u].display_name for u in meeting.attendee_uuids]
    assert names == list(row.attendee_names) == [a.name for a in at_the_table][:21]
    assert names[:2] == ["Li Wei (李伟)", "Guest guest-3"]
