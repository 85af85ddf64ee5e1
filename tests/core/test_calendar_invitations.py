"""Invitations as offices send them (planner import-ics): Exchange's spaced BYDAY lists, files
with several zones and all-day events beside timed ones, the stop chosen by the venue's city
and then the time, and attendees matched to the trip's people by e-mail, then by name."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from planner import cli, model, store, tripfile, trips
from tests.conftest import NANSHAN

INVITATIONS = Path(__file__).resolve().parent / "data" / "invitations"
UTC = dt.UTC


@pytest.fixture
def trip(st: store.Store) -> str:
    """The Nanshan trip, with an e-mail address for Ingmar Bruder (the others have none)."""
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    bruder = next(p for p in document["people"] if p["key"] == "bruder")
    bruder["email"] = "Ingmar.Bruder@example.de"
    with st.transaction() as session:
        return trips.find_trip_uuid(
            session, str(tripfile.insert_trip(session, tripfile.build_trip(document)))
        )


def import_ics(st: store.Store, trip: str, name: str, capsys: pytest.CaptureFixture[str]) -> str:
    code = cli.main(["--store", str(st.location), "import-ics", trip, str(INVITATIONS / name)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.err == ""
    return captured.out


def meetings(
    st: store.Store, trip: str, title: str
) -> list[tuple[dt.datetime, str, str | None, list[str]]]:
    """(start, stop city, venue city, attendees' family names) of the trip's meetings so titled."""
    with st.session() as session:
        found = session.scalars(
            select(model.Meeting)
            .join(model.Trip)
            .where(model.Trip.uuid == trip, model.Meeting.title == title)
            .order_by(model.Meeting.start)
        ).all()
        return [
            (m.start, m.stop.city, m.venue_city, [p.family_name for p in m.attendees])
            for m in found
        ]


def test_an_exchange_series_with_a_spaced_byday_list_is_read(
    st: store.Store, trip: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = import_ics(st, trip, "exchange-weekly.ics", capsys)

    assert "added 3" in out
    found = meetings(st, trip, "Morgenlage")
    # Monday, Tuesday and Wednesday at 08:00 in Frankfurt (06:00 UTC), until the UNTIL.
    assert [start for start, *_ in found] == [
        dt.datetime(2024, 6, day, 6, 0, tzinfo=UTC) for day in (17, 18, 19)
    ]
    assert {city for _, city, _, _ in found} == {"Frankfurt am Main"}
    assert all(people == ["Bruder"] for *_, people in found)  # by his address


def test_a_file_with_several_zones_and_all_day_events_imports_the_timed_ones(
    st: store.Store, trip: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = import_ics(st, trip, "exchange-zones.ics", capsys)

    assert "Traceback" not in out and "not supported" not in out
    assert "added 2" in out
    assert "'Fronleichnam (Feiertag in Bayern)': an all-day event" in out
    assert out.count("'Delegation in Germany': an all-day event") == 7
    # 20:00 in Shenzhen is 14:00 in Frankfurt, where the delegation is.
    ((start, city, _venue, _people),) = meetings(st, trip, "Call with the Shenzhen office")
    assert (start, city) == (dt.datetime(2024, 6, 18, 12, 0, tzinfo=UTC), "Frankfurt am Main")
    ((start, city, venue, _people),) = meetings(st, trip, "Dinner with the Consul General")
    assert (start, city, venue) == (dt.datetime(2024, 6, 21, 17, 0, tzinfo=UTC), "Munich", None)


def test_the_stop_follows_the_venues_city_and_the_attendees_their_address_then_name(
    st: store.Store, trip: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = import_ics(st, trip, "google-invitation.ics", capsys)

    assert "new meeting at Frankfurt am Main (the venue is in Heidelberg)" in out
    # Heidelberg is no stop of the trip, nor in one's region: the stop by time, Frankfurt;
    # the venue keeps its own city (the schedule, the calendars and the venue-travel check).
    ((_, city, venue, people),) = meetings(st, trip, "Lunch in Heidelberg")
    assert (city, venue) == ("Frankfurt am Main", "Heidelberg")
    # "Li Wei" wrote Ingmar Bruder's address: the address names the person. Schäfer and Chen
    # have no address in the trip, and are found by name ("Dr. Jürgen Schäfer").
    assert people == ["Bruder", "Schäfer", "Chen"]
    # At noon on the 20th the delegation is still in Nuremberg, but the reception is in
    # München, which is the stop Munich (left at 15:00 for Munich, arriving 16:05).
    ((_, city, venue, _people),) = meetings(st, trip, "Reception at the town hall")
    assert (city, venue) == ("Munich", None)
