"""Correct, complete events (issue 20): CLASS by edition, cancelled events free, CATEGORIES and
the calendar's name in the language and name order, GEO from the gazetteer, RFC 7986
CONFERENCE, a branch venue's LOCATION said once, and the command line's counts in the
singular. Every calendar is read back by icalendar and by vobject, independently."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import icalendar
import pytest
import vobject

from planner import calendar_ics, cli, editing, store
from planner.calendar_ics import geo, lint
from planner.calendar_ics.events import EventSpec, ExportOptions
from planner.calendar_ics.labels import kind_named
from planner.editing.registry import editor_for
from planner.gazetteer import cities
from planner.records import MeetingRecord
from tests.conftest import JIANGSU, NANSHAN
from tests.core.test_calendar_export import (
    FIRST_EXPORT,
    LATER,
    NANSHAN_TITLE,
    events_of,
    export,
    meeting_uuid,
    person_uuid,
    trip_uuids,
)

__all__ = ["trip_uuids"]  # the fixture
JOIN_URL = "https://meet.example.org/jiangsu-germany-2022"


def components(data: bytes) -> list[icalendar.Component]:
    calendar = icalendar.Calendar.from_ical(data)
    return [*calendar.walk("VEVENT"), *calendar.walk("VTODO")]


def read_independently(data: bytes) -> list[vobject.base.Component]:
    calendar = vobject.readOne(data.decode())
    return [*calendar.contents.get("vevent", []), *calendar.contents.get("vtodo", [])]


@pytest.mark.parametrize(
    ("edition", "mark"), [("internal", "CONFIDENTIAL"), ("external", "PUBLIC")]
)
def test_every_event_and_to_do_of_an_edition_is_classified(
    st: store.Store, trip_uuids: dict[str, str], edition: str, mark: str
) -> None:
    jiangsu = trip_uuids["jiangsu"]
    options = ExportOptions(edition=edition, lodging=True)
    export(st, jiangsu, options)
    gone = meeting_uuid(st, "Opening of the Jiangsu-Germany Dialogue 2022")
    with st.transaction() as session:
        editor_for(MeetingRecord).remove(session, gone)
    data = export(st, jiangsu, options, now=LATER)  # with the deleted meeting's cancellation
    assert lint.problems(data) == []
    found = components(data)
    assert {c.name for c in found} == {"VEVENT", "VTODO"}
    assert f"{gone}@delegation-planner" in {str(c["UID"]) for c in found}
    assert [str(c.get("CLASS")) for c in found] == [mark] * len(found)
    assert {c.contents["class"][0].value for c in read_independently(data)} == {mark}


def test_a_cancelled_meeting_no_longer_blocks_time(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    export(st, trip_uuids["nanshan"])
    ledvance = meeting_uuid(st, "Meeting with Ledvance management")
    with st.transaction() as session:
        record = editor_for(MeetingRecord).read(session, ledvance)
        editing.update(session, ledvance, dataclasses.replace(record, status="cancelled"))
    data = export(st, trip_uuids["nanshan"], now=LATER)
    event = events_of(data)[f"{ledvance}@delegation-planner"]
    assert (str(event["STATUS"]), str(event["TRANSP"])) == ("CANCELLED", "TRANSPARENT")
    (independent,) = [e for e in read_independently(data) if e.uid.value == str(event["UID"])]
    assert independent.transp.value == "TRANSPARENT"
    others = [e for e in events_of(data).values() if str(e["STATUS"]) != "CANCELLED"]
    timed = [e for e in others if e["DTSTART"].params.get("VALUE") != "DATE"]
    assert {str(e["TRANSP"]) for e in timed} == {"OPAQUE"}


@pytest.mark.parametrize(
    ("language", "visit", "flight"), [("de", "Besichtigung", "Flug"), ("zh", "参观考察", "航班")]
)
def test_categories_are_in_the_language_without_an_english_copy(
    st: store.Store, trip_uuids: dict[str, str], language: str, visit: str, flight: str
) -> None:
    data = export(st, trip_uuids["nanshan"], ExportOptions(language=language))
    by_summary = {str(e["SUMMARY"]): e for e in events_of(data).values()}
    categories = by_summary["Site visit and talks at trinamiX"]["CATEGORIES"].cats
    assert categories == [visit]
    flight_event = next(e for s, e in by_summary.items() if s.startswith(flight))  # "Flug …"
    assert flight_event["CATEGORIES"].cats == [flight]
    independent = {e.summary.value: e for e in read_independently(data)}
    assert independent["Site visit and talks at trinamiX"].categories.value == [visit]
    # read back by the planner's own import as the kind it was
    assert kind_named(visit) == "site-visit"


def test_english_categories_stay_as_they_were(st: store.Store, trip_uuids: dict[str, str]) -> None:
    data = export(st, trip_uuids["nanshan"], ExportOptions(lodging=True))
    words = {c for e in events_of(data).values() for c in e["CATEGORIES"].cats}
    assert words == {"Conference", "Site visit", "Signing", "Meeting", "Flight", "Train", "Lodging"}


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", f"{NANSHAN_TITLE} – Li Wei 李伟"),
        ("de", f"{NANSHAN_TITLE} – Li Wei 李伟"),
        ("zh", f"{NANSHAN_TITLE}——李伟（Li Wei）"),  # the Chinese name first
    ],
)
def test_a_persons_calendar_is_named_in_the_language_and_the_packs_name_order(
    st: store.Store, trip_uuids: dict[str, str], language: str, name: str
) -> None:
    li = person_uuid(st, "Wei", "Li")
    data = export(st, trip_uuids["nanshan"], ExportOptions(person_uuid=li, language=language))
    calendar = icalendar.Calendar.from_ical(data)
    assert (str(calendar["X-WR-CALNAME"]), str(calendar["NAME"])) == (name, name)
    assert vobject.readOne(data.decode()).contents["name"][0].value == name
    assert lint.problems(data) == []


def test_meetings_have_the_point_of_their_city_from_the_gazetteer(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    data = export(st, trip_uuids["nanshan"], ExportOptions(lodging=True))
    by_summary = {str(e["SUMMARY"]): e for e in events_of(data).values()}
    erlangen_stop = by_summary["Memorandum signing with Siemens Healthineers"]  # stop Nuremberg
    frankfurt = by_summary["Nanshan–Frankfurt cooperation session"]
    assert (round(frankfurt["GEO"].latitude, 1), round(frankfurt["GEO"].longitude, 1)) == (
        50.1,
        8.7,
    )
    assert (round(erlangen_stop["GEO"].latitude, 1), round(erlangen_stop["GEO"].longitude, 1)) == (
        49.5,
        11.1,
    )
    independent = {e.summary.value: e for e in read_independently(data)}
    assert independent["Nanshan–Frankfurt cooperation session"].geo.value.startswith("50.1")
    # travel and hotel days have no venue: no GEO
    assert all("GEO" not in e for s, e in by_summary.items() if s.startswith(("Flight", "Check")))


def test_a_venue_city_of_its_own_gives_its_point_and_an_unknown_city_none(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    visit = meeting_uuid(st, "Site visit and talks at trinamiX")
    signing = meeting_uuid(st, "Signing of cooperation memorandum with Innovation Lab Heidelberg")
    with st.transaction() as session:
        for uuid, city in ((visit, "Ludwigshafen am Rhein"), (signing, "Nowhere-on-Rhine")):
            record = editor_for(MeetingRecord).read(session, uuid)
            editing.update(session, uuid, dataclasses.replace(record, venue_city=city))
    events = events_of(export(st, trip_uuids["nanshan"]))
    point = events[f"{visit}@delegation-planner"]["GEO"]
    assert (round(point.latitude, 1), round(point.longitude, 1)) == (49.5, 8.4)
    assert "GEO" not in events[f"{signing}@delegation-planner"]


def test_the_gazetteer_is_asked_once_per_city_not_per_event(
    st: store.Store, trip_uuids: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []
    gazetteer = cities.gazetteer()

    class Counting:
        def named(self, name: str, country: str) -> tuple[cities.City, ...]:
            asked.append((name, country))
            return gazetteer.named(name, country)

    monkeypatch.setattr(cities, "gazetteer", Counting)
    data = export(st, trip_uuids["nanshan"])
    with_geo = [e for e in events_of(data).values() if "GEO" in e]
    assert len(with_geo) == 5
    assert sorted(asked) == [("Frankfurt am Main", "DE"), ("Munich", "DE"), ("Nuremberg", "DE")]
    assert geo.coordinates([]) == {}


def test_an_online_link_is_a_conference_and_stays_in_url_and_description(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    becker = person_uuid(st, "Anna", "Becker")
    options = ExportOptions(person_uuid=becker, language="de")
    data = export(st, trip_uuids["jiangsu"], options)
    assert lint.problems(data) == []
    events = list(events_of(data).values())
    assert events
    for event in events:
        conference = event["CONFERENCE"]
        assert str(conference) == JOIN_URL
        assert conference.params["VALUE"] == "URI"
        assert conference.params["LABEL"] == "Online teilnehmen"
        assert set(conference.params["FEATURE"]) == {"AUDIO", "VIDEO"}
        assert str(event["URL"]) == JOIN_URL
        assert JOIN_URL in str(event["DESCRIPTION"])
    for independent in read_independently(data):
        assert independent.conference.value == JOIN_URL
        assert independent.conference.params["VALUE"] == ["URI"]


def test_a_meeting_without_a_link_has_no_conference(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    events = events_of(export(st, trip_uuids["nanshan"]))
    assert all("CONFERENCE" not in e for e in events.values())


def test_a_branch_venues_location_names_its_city_once(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    becker = person_uuid(st, "Anna", "Becker")
    data = export(st, trip_uuids["jiangsu"], ExportOptions(person_uuid=becker))
    locations = {str(e["LOCATION"]) for e in events_of(data).values()}
    assert locations == {
        "Branch venue Frankfurt, Example venue, Frankfurt am Main",  # the address names it
        "Branch venue Frankfurt, Frankfurt am Main",  # no address: the city is added
    }


def test_re_importing_the_own_branch_event_keeps_the_venue(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    becker = person_uuid(st, "Anna", "Becker")
    data = export(st, trip_uuids["jiangsu"], ExportOptions(person_uuid=becker, language="de"))
    with st.transaction() as session:
        plan = calendar_ics.import_file(session, trip_uuids["jiangsu"], data, "becker.ics")
    reasons = [a.reason for a in plan.actions]
    assert len(reasons) == 2 and not any("venue" in r for r in reasons), reasons


def test_lint_finds_what_clients_would_trip_over(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    becker = person_uuid(st, "Anna", "Becker")
    options = ExportOptions(edition="internal", person_uuid=becker)
    good = export(st, trip_uuids["jiangsu"], options)
    assert lint.problems(good) == []
    for old, new, problem in (
        (b"CLASS:CONFIDENTIAL", b"CLASS:SECRET", "CLASS SECRET is not one of"),
        (b";VALUE=URI", b"", "a CONFERENCE without VALUE=URI"),
        (b"STATUS:CONFIRMED", b"STATUS:CANCELLED", "cancelled, but still blocks time"),
        (b"\r\nNAME:", b"\r\nNAME:Other ", "NAME and X-WR-CALNAME differ"),
    ):
        bad = good.replace(old, new, 1)
        assert bad != good
        assert any(problem in p for p in lint.problems(bad)), problem


def test_classification_is_not_part_of_an_events_digest_but_geo_is() -> None:
    start = dt.datetime(2025, 3, 4, 8, 30, tzinfo=dt.UTC)
    plain = EventSpec("m-1", "Talks", start, start + dt.timedelta(hours=1), "Europe/Berlin", "UTC")
    marked = dataclasses.replace(plain, classification="CONFIDENTIAL", conference_label="Join")
    assert marked.content_hash() == plain.content_hash()
    assert dataclasses.replace(plain, geo=(50.1, 8.7)).content_hash() != plain.content_hash()


# ---------------------------------------------------------------------------------------------
# The command line's counts


def test_the_command_line_counts_one_event_and_one_stop_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = str(tmp_path / "office.sqlite")
    assert cli.main(["--store", office, "import", str(JIANGSU)]) == 0
    imported = capsys.readouterr().out.splitlines()
    assert imported[-2].endswith(": 1 stop, 0 transfers, 2 meetings, 7 organizations, 7 people"), (
        imported
    )
    assert cli.main(["--store", office, "import", str(NANSHAN)]) == 0
    capsys.readouterr()
    target = tmp_path / "bruder.ics"
    argv = ["--store", office, "ics", "2", "-o", str(target), "--person", "Ingmar Bruder"]
    assert cli.main(argv) == 0
    assert capsys.readouterr().out == f"wrote {target}: 1 event, 0 of them cancelled\n"
    assert len(events_of(target.read_bytes())) == 1


def test_the_first_export_and_a_later_unchanged_one_are_the_same_bytes(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    options = ExportOptions(edition="internal", language="zh", lodging=True)
    first = export(st, trip_uuids["jiangsu"], options, now=FIRST_EXPORT)
    assert export(st, trip_uuids["jiangsu"], options, now=LATER) == first
