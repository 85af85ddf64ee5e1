"""``transfer-buffer``, ``travel-gap``, ``outside-stop`` and ``lodging``: moving between stops.

The Nanshan trip's transfers: flight EX 123 Shenzhen 15 Jun 23:55 → Frankfurt 16 Jun 06:40
(12 h 45 min, long-haul), train ICE 521 Frankfurt 19 Jun 09:20 → Nuremberg 11:30, train ICE 1007
Nuremberg 20 Jun 15:00 → Munich 16:05, flight EX 456 Munich 22 Jun 12:00 → Shenzhen.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from planner import checks, model
from planner.store import Store
from tests.core.test_checks import (
    add_meeting,
    at,
    check,
    import_document,
    meeting,
    nanshan,
    of_kind,
    stop,
)

EX456 = "Flight EX 456 Munich → Shenzhen"
ICE521 = "Train ICE 521 Frankfurt am Main → Nuremberg"


# ---------------------------------------------------------------------------------------------
# transfer-buffer


def test_too_little_time_before_a_flight_is_a_warning(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "farewell", "muc", "2024-06-22T09:00", "2024-06-22T11:00")

    [problem] = of_kind(check(st, doc), "transfer-buffer")

    assert problem.severity == "warning"
    assert problem.message == (
        "'Farewell' ends Sat 22 Jun 11:00 (Europe/Berlin), only 1 h before "
        f"{EX456} departs at 12:00; allow 2 h before a flight"
    )
    assert problem.items == ("Farewell", EX456)
    assert problem.people == ("Li Wei (李伟)", "Chen Jing (陈静)")  # the delegates who travel
    assert (problem.instant, problem.zone) == (at("2024-06-22T09:00"), "Europe/Berlin")
    assert len(problem.meeting_uuids) == len(problem.transfer_uuids) == 1


def test_a_meeting_ending_exactly_when_the_flight_departs_is_reported(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "farewell", "muc", "2024-06-22T10:30", "2024-06-22T12:00")

    [problem] = of_kind(check(st, doc), "transfer-buffer")

    assert problem.items == ("Farewell", EX456)
    assert problem.message == (
        "'Farewell' ends Sat 22 Jun 12:00 (Europe/Berlin), only 0 min before "
        f"{EX456} departs at 12:00; allow 2 h before a flight"
    )
    assert problem.severity == "warning"  # touching the departure, not overlapping the travel


def test_exactly_the_buffer_is_enough(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "farewell", "muc", "2024-06-22T09:00", "2024-06-22T10:00")

    assert of_kind(check(st, doc), "transfer-buffer") == []


def test_the_buffers_are_settings(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "farewell", "muc", "2024-06-22T09:00", "2024-06-22T11:00")

    relaxed = checks.CheckSettings(depart_flight=60)

    assert of_kind(check(st, doc, relaxed), "transfer-buffer") == []


def test_only_meetings_of_the_delegation_count(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "theirs", "muc", "2024-06-22T09:00", "2024-06-22T11:00", attendees=["bruder"])
    add_meeting(doc, "unstaffed", "muc", "2024-06-22T09:30", "2024-06-22T11:30", attendees=[])

    [problem] = of_kind(check(st, doc), "transfer-buffer")

    assert problem.items == ("Unstaffed", EX456)  # nobody listed yet: it may be the delegation


def test_too_little_time_after_an_arrival_is_a_warning(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "welcome", "nue", "2024-06-19T11:40", "2024-06-19T12:30")
    add_meeting(doc, "lunch", "nue", "2024-06-19T11:45", "2024-06-19T12:30", attendees=["wong"])

    [problem] = of_kind(check(st, doc), "transfer-buffer")

    assert problem.message == (
        "'Welcome' starts Wed 19 Jun 11:40 (Europe/Berlin), only 10 min after "
        f"{ICE521} arrives at 11:30; allow 15 min after a train"
    )


def test_a_long_haul_flight_needs_more_time_after_it(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "breakfast", "fra", "2024-06-16T07:30", "2024-06-16T08:30")

    [problem] = of_kind(check(st, doc), "transfer-buffer")

    assert "only 50 min after Flight EX 123" in problem.message
    assert problem.message.endswith("allow 1 h 30 min after a long-haul flight")
    # Counted as a short flight (under 13 hours), 50 minutes are enough.
    short = checks.CheckSettings(long_haul_hours=13)
    assert of_kind(check(st, doc, short), "transfer-buffer") == []


def test_a_meeting_during_the_travel_is_an_error(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "on-board", "fra", "2024-06-19T10:00", "2024-06-19T11:00")
    add_meeting(doc, "skipped", "fra", "2024-06-19T10:00", "2024-06-19T11:00", status="cancelled")

    [problem] = of_kind(check(st, doc), "transfer-buffer")

    assert problem.severity == "error"
    assert problem.message == (
        "'On board' (Wed 19 Jun 10:00 (Europe/Berlin) to 11:00) falls while the delegation "
        f"travels on {ICE521}, which departs Wed 19 Jun 09:20 (Europe/Berlin) and arrives "
        "Wed 19 Jun 11:30 (Europe/Berlin)"
    )


def test_a_meeting_spanning_the_whole_travel_is_found(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "marathon", "fra", "2024-06-19T08:00", "2024-06-19T13:00")

    problems = of_kind(check(st, doc), "transfer-buffer")

    assert [p.severity for p in problems] == ["error"]


# ---------------------------------------------------------------------------------------------
# travel-gap


def test_consecutive_stops_without_a_transfer_are_a_gap(st: Store) -> None:
    doc = nanshan()
    doc["transfers"] = [t for t in doc["transfers"] if t["number"] != "ICE 1007"]

    [problem] = of_kind(check(st, doc), "travel-gap")

    assert problem.severity == "warning"
    assert problem.message == (
        "No transfer from Nuremberg to Munich (leaving Nuremberg Thu 20 Jun 15:00 "
        "(Europe/Berlin), arriving in Munich Thu 20 Jun 16:05 (Europe/Berlin))"
    )
    assert problem.instant == at("2024-06-20T13:00")


def test_a_transfer_that_arrives_before_it_departs_is_an_error(st: Store) -> None:
    # Files and editors refuse such a leg now; a store written before that may still hold one.
    uuid = import_document(st, nanshan())
    with st.transaction() as session:
        transfer = session.scalars(
            select(model.Transfer).order_by(model.Transfer.depart).limit(1)
        ).one()
        # 06:40 on the 15th in Berlin, before the 23:55 departure: the 16th was meant
        transfer.arrive = dt.datetime(2024, 6, 15, 4, 40, tzinfo=dt.UTC)
    with st.session() as session:
        problems = checks.check_trip(session, uuid, checks.CheckSettings())
    [problem] = of_kind(problems, "travel-gap")

    assert problem.severity == "error"
    assert problem.message == (
        "Flight EX 123 Shenzhen → Frankfurt am Main arrives Sat 15 Jun 06:40 (Europe/Berlin), "
        "before it departs Sat 15 Jun 23:55 (Asia/Shanghai)"
    )
    assert of_kind(problems, "transfer-buffer") == []  # no buffers around an impossible leg


def test_a_trip_with_every_leg_has_no_gap(st: Store) -> None:
    assert of_kind(check(st, nanshan()), "travel-gap") == []


# ---------------------------------------------------------------------------------------------
# outside-stop


def test_a_meeting_before_the_arrival_at_its_stop_is_an_error(st: Store) -> None:
    doc = nanshan()
    meeting(doc, "healthineers-signing")["start"] = "2024-06-19T11:00"

    [problem] = of_kind(check(st, doc), "outside-stop")

    assert problem.severity == "error"
    assert problem.message == (
        "'Memorandum signing with Siemens Healthineers' starts Wed 19 Jun 11:00 "
        "(Europe/Berlin), before the delegation arrives in Nuremberg "
        "(Wed 19 Jun 11:30 (Europe/Berlin))"
    )
    assert problem.stop_uuid is not None


def test_a_meeting_after_the_departure_from_its_stop_is_an_error(st: Store) -> None:
    doc = nanshan()
    meeting(doc, "ledvance-meeting")["start"] = "2024-06-22T13:00"
    meeting(doc, "ledvance-meeting")["end"] = "2024-06-22T14:00"

    [problem] = of_kind(check(st, doc), "outside-stop")

    assert "after the delegation leaves Munich (Sat 22 Jun 12:00 (Europe/Berlin))" in (
        problem.message
    )
    assert problem.instant == at("2024-06-22T12:00")


def test_meetings_inside_their_stays_are_fine_even_at_the_edges(st: Store) -> None:
    doc = nanshan()
    add_meeting(doc, "arrival", "muc", "2024-06-20T16:05", "2024-06-20T17:00", attendees=[])
    add_meeting(doc, "last", "muc", "2024-06-22T11:00", "2024-06-22T12:00", attendees=[])

    assert of_kind(check(st, doc), "outside-stop") == []


# ---------------------------------------------------------------------------------------------
# lodging


def test_a_night_without_lodging_is_a_warning(st: Store) -> None:
    doc = nanshan()
    del stop(doc, "nue")["lodging"]

    [problem] = of_kind(check(st, doc), "lodging")

    assert problem.severity == "warning"
    assert problem.message == (
        "No lodging in Nuremberg for 1 night (arriving Wed 19 Jun 11:30 (Europe/Berlin), "
        "leaving Thu 20 Jun 15:00 (Europe/Berlin))"
    )


def test_a_booking_number_alone_is_not_lodging(st: Store) -> None:
    doc = nanshan()
    stop(doc, "muc")["lodging"] = {"confirmation": "MUC-1"}

    [problem] = of_kind(check(st, doc), "lodging")

    assert problem.message.startswith("No lodging in Munich for 2 nights")


def test_a_day_stop_needs_no_lodging(st: Store) -> None:
    doc = nanshan()
    nue = stop(doc, "nue")
    del nue["lodging"]
    nue["depart"] = "2024-06-19T19:00"

    assert of_kind(check(st, doc), "lodging") == []
